/** The one accent fold: lower case, diacritics removed ("Été" -> "ete", "Préclearance" -> "preclearance"). */
export function foldAccents(text: string): string {
  return /^[a-z]*$/.test(text)
    ? text
    : text
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase();
}
