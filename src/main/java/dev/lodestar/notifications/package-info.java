/**
 * Reminders and digests that reach people where they are — e-mail and chat — in their language and time zone, and
 * the choices that govern them. Listens to the other modules' events and reads them through their entry points.
 */
package dev.lodestar.notifications;
