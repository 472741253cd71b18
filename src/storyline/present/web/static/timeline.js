// The dossier's interactive timeline (vis-timeline, served from the package's own files).
// Item text goes in as DOM text nodes, never as HTML: article text is hostile.
(function () {
  "use strict";
  var holder = document.getElementById("timeline");
  var data = document.getElementById("timeline-data");
  if (!holder || !data || typeof vis === "undefined") {
    return; // the plain list below stays the timeline
  }
  var raw = JSON.parse(data.textContent || "[]");
  var items = raw.map(function (item) {
    var content = document.createElement("span");
    content.textContent = item.value + ": " + item.content;
    content.title = item.content;
    var out = {
      id: item.id,
      content: content,
      start: item.start,
      group: item.group,
      className: item.group === "plans" ? "plan" : "fact",
      type: item.end ? "range" : "box"
    };
    if (item.end) {
      out.end = item.end;
    }
    return out;
  });
  var groups = [
    { id: "facts", content: "Facts" },
    { id: "plans", content: "Plans" }
  ];
  var options = {
    stack: true,
    zoomable: true,
    moveable: true,
    orientation: "top",
    margin: { item: 6 },
    maxHeight: 480,
    xss: { disabled: false }
  };
  var timeline = new vis.Timeline(holder, new vis.DataSet(items), new vis.DataSet(groups), options);
  if (items.length) {
    timeline.fit({ animation: false });
  }
  holder.setAttribute("data-ready", String(items.length));
  timeline.on("select", function (props) {
    var id = props.items[0];
    var row = id && document.querySelector('[data-entry-id="' + CSS.escape(id) + '"]');
    if (row) {
      row.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  });
})();
