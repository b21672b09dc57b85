/**
 * Whether a number in the prose is the size of a fall or of a rise: "fell by a third", "down 30%",
 * "a 30% cut", "rose by a fifth", and of any amount, "fell 2.1p", "5,000 fewer". A fall of 30 % is a change of -30 %, which is how a fact or a
 * signed figure holds it, so the checker can bind the words to it.
 *
 * Rules:
 * - A word of falling or rising right before the number, with "by" ("fell by a third"). Before a
 *   percentage "by" may be left out ("fell 30%", "down 30%"), and a comparison may come between
 *   ("fell by nearly 30%", "lost almost eight points"); before a fraction "by" may not, since
 *   "cut a third of the jobs" names a share, not the size of a cut. A noun of change with "of":
 *   "a fall of a third", "a rise of 30%".
 * - After a percentage, a noun or comparative of change: "a 30% fall", "30% lower", "30% more";
 *   after a fraction, a comparative: "a third higher", "a quarter cheaper";
 *   "off" is a fall ("took 25bp off the rate", "30% off"), "below" and "above" a change against a
 *   base ("53% below 1990").
 * - Anything else has no direction: "a third of farms", "30% of voters".
 */
export type Direction = 'rise' | 'fall';

const FALLING =
  'fell|falls?|falling|fallen|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|decreasing|' +
  'shrank|shrunk|shrinks?|shrinking|slumped|slumps?|slumping|plunged|plunges?|plunging|tumbled|tumbles?|tumbling|' +
  'sank|sunk|sinks?|sinking|cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers?|lowering|slashed|' +
  'slash(?:es)?|slashing|lost|loses?|losing|down';
const RISING =
  'rose|rises?|rising|risen|grew|grows?|growing|grown|increased?|increases|increasing|climbed|climbs?|climbing|' +
  'jumped|jumps?|jumping|gained|gains?|gaining|raised|raises?|raising|up';

/** Nouns of a fall and of a rise: "a fall of a third", "a 30% fall". */
const FALL_NOUNS = 'fall|drop|decline|decrease|cut|reduction|loss|slump|plunge';
const RISE_NOUNS = 'rise|increase|jump|gain|growth';

const FALL_BEFORE_FRACTION = new RegExp(`\\b(?:(?:${FALLING})\\s+by|(?:${FALL_NOUNS})\\s+of|cut\\s+in|down)\\s+$`, 'i');
const RISE_BEFORE_FRACTION = new RegExp(`\\b(?:(?:${RISING})\\s+by|(?:${RISE_NOUNS})\\s+of|up)\\s+$`, 'i');
/** A comparison between a word of change and its percentage: "fell by nearly 30%", "lost almost eight points". */
const COMPARED = String.raw`(?:\s+(?:nearly|almost|about|around|roughly|some|just|more\s+than|over|less\s+than|under|at\s+least|up\s+to|at\s+most|no\s+more\s+than|as\s+much\s+as))?`;
const FALL_BEFORE_PERCENT = new RegExp(`\\b(?:(?:${FALLING})(?:\\s+by)?|(?:${FALL_NOUNS})\\s+of)${COMPARED}\\s+$`, 'i');
const RISE_BEFORE_PERCENT = new RegExp(`\\b(?:(?:${RISING})(?:\\s+by)?|(?:${RISE_NOUNS})\\s+of)${COMPARED}\\s+$`, 'i');
const FALL_AFTER_PERCENT = new RegExp(`^\\s*(?:${FALL_NOUNS}|lower|less|fewer|smaller|cheaper|down|off|below)\\b`, 'i');
const RISE_AFTER_PERCENT = new RegExp(`^\\s*(?:${RISE_NOUNS}|higher|more|larger|dearer|up|above)\\b`, 'i');

/** After a fraction, a comparative of change: "a third higher", "a quarter cheaper". */
const FALL_AFTER_FRACTION = /^\s*(?:lower|smaller|cheaper|down|below)\b/i;
const RISE_AFTER_FRACTION = /^\s*(?:higher|larger|bigger|greater|dearer|up|above)\b/i;

/**
 * The direction of a fraction in words, from the text just before it (its comparison left out)
 * or a comparative just after it ("a third higher").
 */
export function fractionDirection(before: string, after = ''): Direction | undefined {
  if (FALL_BEFORE_FRACTION.test(before) || FALL_AFTER_FRACTION.test(after)) return 'fall';
  if (RISE_BEFORE_FRACTION.test(before) || RISE_AFTER_FRACTION.test(after)) return 'rise';
  return undefined;
}

/** The direction of a percentage in digits, from the text just before and just after it. */
export function percentDirection(before: string, after: string): Direction | undefined {
  if (FALL_BEFORE_PERCENT.test(before) || FALL_AFTER_PERCENT.test(after)) return 'fall';
  if (RISE_BEFORE_PERCENT.test(before) || RISE_AFTER_PERCENT.test(after)) return 'rise';
  return undefined;
}
