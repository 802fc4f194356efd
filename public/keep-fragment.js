// Switching to another language version keeps the paragraph you were reading: the
// version links get the current #fragment (ids are the same in every language).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-keep-hash]') : null;
  if (link && location.hash) link.hash = location.hash;
});
