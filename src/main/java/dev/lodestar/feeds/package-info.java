/** Key results kept up to date by other systems: an integration that posts check-ins, or a scheduled pull of a number. */
package dev.lodestar.feeds;
