// Adds a "复制" button beside each citation. Without script the citation is still plain, selectable text.
document.querySelectorAll("output.citation").forEach(function (citation) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "复制引用";
  button.addEventListener("click", function () {
    var text = citation.textContent;
    var done = function (label) { button.textContent = label; };
    var selectIt = function () {
      var range = document.createRange();
      range.selectNodeContents(citation);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      done("已选中，请按 Ctrl+C");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done("已复制"); }, selectIt);
    } else {
      selectIt();
    }
  });
  citation.insertAdjacentElement("afterend", button);
});
