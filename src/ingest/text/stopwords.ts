/**
 * Function words for English and French. They carry no subject, so they never
 * count as shared terms and may be skipped inside a phrase ("managing of refugee
 * claims" matches "Managing Refugee Claims"). Compared after lower-casing and
 * removing diacritics, so the French list is written without accents.
 */
import { foldAccents } from "../../lib/fold.ts";
import type { Lang } from "../model.ts";

const EN = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each either
etc few for from further had has have having he her here hers herself him himself his how i
if in into is it its itself just may me might more most must my myself no nor not of off on
once only or other others our ours ourselves out over own per same shall she should so some
such than that the their theirs them themselves then there these they this those through thus
to too under until up upon us very via was we were what when where whether which while who
whom why will with within would you your yours yourself yourselves s t d ll re ve m o y see`;

const FR = `a afin ai aie aient ainsi alors au aucun aucune aupres auquel aussi autre autres aux
auxquels auxquelles avait avant avec avoir c ca ce ceci cela celle celles celui cependant ces
cet cette ceux chaque chez ci comme comment d dans de des desquels desquelles deux dont du
duquel elle elles en encore entre est et etaient etait etant ete etre eux fait faire font il
ils j je jusqu l la laquelle le lequel les lesquels lesquelles leur leurs lors lorsqu lorsque
lui m ma mais me meme memes mes moi mon n ne ni nos notre nous on ont ou par parmi pas pendant
peu peut peuvent plus pour pourquoi puis puisqu puisque qu quand que quel quelle quelles quels
qui quoi s sa sans se selon ses si soit son sont sous sur t ta te tel telle telles tels tes
toi ton tous tout toute toutes tres un une vers via voici voila voir vos votre vous y`;

const LISTS: Record<Lang, Set<string>> = {
  en: new Set(EN.split(/\s+/)),
  fr: new Set(FR.split(/\s+/)),
};

const folded = new Map<string, string>();

/** Lower-cases and strips diacritics ("Été" -> "ete"). Memoised: plans reuse few words many times. */
export function fold(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    out = foldAccents(word);
    if (folded.size > 100_000) folded.clear();
    folded.set(word, out);
  }
  return out;
}

export function isStopword(lang: Lang, word: string): boolean {
  return LISTS[lang].has(fold(word));
}
