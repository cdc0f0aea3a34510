/**
 * Outbound webhooks for integrators: objectives, key results, check-ins and scores as they happen, signed with HMAC,
 * retried, and logged. An organisation's webhook hears what everyone may see; a person's own webhook hears about
 * what they own, scores included; no score ever goes to an organisation-wide webhook, so none can feed appraisal.
 */
package dev.lodestar.webhooks;
