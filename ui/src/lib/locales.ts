// The languages and regions a plan can be written for, offered as a list (a free text box took
// "English"). Each is a BCP 47 tag the browser's Intl knows, named in English.

const TAGS = [
  "en-US",
  "en-GB",
  "en-CA",
  "en-AU",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-SG",
  "en-ZA",
  "de-DE",
  "de-AT",
  "de-CH",
  "fr-FR",
  "fr-BE",
  "fr-CA",
  "fr-CH",
  "it-IT",
  "es-ES",
  "es-MX",
  "es-AR",
  "pt-BR",
  "pt-PT",
  "nl-NL",
  "nl-BE",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "is-IS",
  "pl-PL",
  "cs-CZ",
  "hu-HU",
  "ro-RO",
  "el-GR",
  "tr-TR",
  "uk-UA",
  "he-IL",
  "ar-AE",
  "hi-IN",
  "ja-JP",
  "ko-KR",
  "zh-CN",
  "zh-TW",
];

function nameOf(tag: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(tag);
    return name && name !== tag ? `${name} — ${tag}` : tag;
  } catch {
    return tag;
  }
}

/** The choices, sorted by name; a plan's current tag is kept even when it is not in the list. */
export function localeOptions(current: string): Array<{ value: string; label: string }> {
  const tags = TAGS.includes(current) || !current ? TAGS : [current, ...TAGS];
  return tags
    .map((t) => ({ value: t, label: nameOf(t) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
