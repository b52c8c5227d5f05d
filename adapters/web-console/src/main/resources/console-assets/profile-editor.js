// The profile editor's line numbers: one per line of the document, the lines with problems marked, scrolled with it.
(function () {
  var area = document.getElementById('document');
  var gutter = document.getElementById('gutter');
  if (!area || !gutter) {
    return;
  }
  function problemLines() {
    var list = document.getElementById('problem-list');
    return list ? (list.getAttribute('data-lines') || '').split(' ').filter(Boolean) : [];
  }
  function number() {
    var marked = problemLines();
    var count = area.value.split('\n').length;
    var lines = [];
    for (var i = 1; i <= count; i++) {
      lines.push(marked.indexOf(String(i)) >= 0 ? '<span class="problem-line">' + i + '</span>' : String(i));
    }
    gutter.innerHTML = lines.join('\n');
    gutter.scrollTop = area.scrollTop;
  }
  area.addEventListener('input', number);
  area.addEventListener('scroll', function () { gutter.scrollTop = area.scrollTop; });
  document.body.addEventListener('htmx:afterSwap', number);
  number();
})();
