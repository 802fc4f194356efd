/**
 * Lines a web page puts around a pasted resolution: navigation, the site's name, a wiki's
 * proofreading status and page title, "read the full text" links, licence notes. They are
 * the site's words, not the document's, and a site's language need not be the text's (a
 * Ukrainian database serving a Russian text), so every pattern is tried on every text.
 * Each pattern matches a whole line, so that no sentence of a resolution is ever taken.
 */
const WEB_FURNITURE: RegExp[] = [
  // Skip links and navigation.
  /^(?:Ir al contenido|Saltar a (?:la )?navegación|Aller au contenu|Aller à la navigation|Jump to (?:content|navigation)|Skip to (?:main )?content|Перейти к (?:содержанию|навигации)|跳转到内容|跳到导航|跳轉到內容)$/u,
  // A wiki's name under the page title.
  /^(?:De Wikisource, la biblioteca libre|La bibliothèque libre|From Wikisource|Материал из Викитеки\s*[—–-]\s*свободной библиотеки|維基文庫[,，]\s*自由的圖書館|维基文库[,，]\s*自由的图书馆)\.?$/u,
  // A wiki's proofreading status of a scanned page.
  /^(?:Esta página (?:ha sido corregida|no ha sido corregida|ha sido validada)|Cette page (?:n[’']a pas encore été corrigée|a été corrigée|a été validée)|This page has (?:not )?been (?:proofread|validated)|此页尚未校对|此頁尚未校對|此页已校对|此頁已校對)$/u,
  // A wiki page title naming a scanned file and page: "Página:… .pdf/17".
  /^(?:Página|Page|页面|頁面|Страница):.{1,300}\.(?:pdf|djvu)\/\d{1,4}$/u,
  // Links to the full text or back to the list.
  /^(?:Перейти до повного тексту|Перейти к полному тексту|Read (?:the )?full text|Lire le texte intégral|Leer el texto completo|阅读全文|閱讀全文)$/iu,
  // Licence badges.
  /^Public domain(?:Public domain)?(?:false)*$/u,
];

/** The line is site furniture (whitespace around it aside). */
export function isWebFurniture(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 400 && WEB_FURNITURE.some((p) => p.test(t));
}
