/**
 * OKR coaches' showcase (issue 10): exemplary public objectives with a note on why they are good, nominated by anyone
 * and decided by coaches, browsed by theme, cycle and team, and copied into one's own draft with the credit kept; and
 * the teams that asked the coaches for help.
 */
package dev.lodestar.showcase;
