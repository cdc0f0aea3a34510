/**
 * Co-creation sessions: the meeting in which a team sets its OKRs together, live. Everyone proposes objectives, key
 * results, alignment links and requests to other teams, comments and +1s; dot voting chooses; facilitators adopt or
 * drop with a reason; finishing turns what was adopted into the team's draft OKRs, keeping who proposed each. The
 * caps of the method hold live: more objectives may be proposed than the cap, never adopted.
 */
package dev.lodestar.cocreation;
