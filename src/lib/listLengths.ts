/**
 * How many articles a list page shows. A news front page must stay within its byte budget
 * (14 KB for the first round trip) whether the site has ten articles or ten thousand.
 */

/** Articles listed on the front page after the lead. */
export const HOME_LIST_LENGTH = 24;

/** Articles per page of the archive, and of each section and topic. */
export const LIST_PAGE_SIZE = 50;
