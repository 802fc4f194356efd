/** Text and attribute values for XML (Akoma Ntoso, sitemap, feed). */
export const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
