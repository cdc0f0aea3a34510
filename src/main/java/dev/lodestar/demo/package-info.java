/** A demo company — people, teams, quarters, objectives and weeks of check-ins — loaded into an empty organisation on request. */
package dev.lodestar.demo;
