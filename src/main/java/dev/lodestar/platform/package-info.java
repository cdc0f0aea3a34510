/**
 * The shared kernel every module stands on: the signed-in caller, errors as problem details, locales,
 * paging, idempotent requests, input validation and the contract of the change history.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.lodestar.platform;

import org.springframework.modulith.ApplicationModule;
