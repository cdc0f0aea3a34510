/** The append-only history of every change: who, when, which object, which fields, old to new. */
package dev.lodestar.audit;
