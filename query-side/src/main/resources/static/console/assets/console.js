// Small progressive behaviour for the console; every page works without it.
"use strict";

// Sorts a table's rows on the page by a heading (click, Enter or Space), by a cell's data-sort value or its text.
function makeSortable(table) {
  const headings = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
  headings.forEach((heading, column) => {
    heading.tabIndex = 0;
    heading.classList.add("sortable-heading");
    heading.setAttribute("aria-sort", "none");
    const sort = () => {
      const ascending = heading.getAttribute("aria-sort") !== "ascending";
      headings.forEach(other => other.setAttribute("aria-sort", "none"));
      heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const key = row => {
        const cell = row.cells[column];
        return cell ? (cell.dataset.sort || cell.textContent.trim()) : "";
      };
      const rows = Array.from(body.rows).filter(row => row.cells.length === headings.length);
      rows.sort((a, b) => key(a).localeCompare(key(b), undefined, {numeric: true}) * (ascending ? 1 : -1));
      rows.forEach(row => body.appendChild(row));
    };
    heading.addEventListener("click", sort);
    heading.addEventListener("keydown", event => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        sort();
      }
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable").forEach(makeSortable);
});

// Replays (ADMIN): start one through the audit API, then follow its progress until the comparison is done.
function startReplay(button) {
  button.disabled = true;
  fetch("/api/audit/replays", {
    method: "POST", credentials: "same-origin",
    headers: {"Content-Type": "application/json", "Accept": "application/json"},
    body: JSON.stringify({projection: button.dataset.projection})
  }).then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(report => { window.location.search = "?replay=" + encodeURIComponent(report.id); })
    .catch(status => { button.disabled = false; button.textContent = "Refused (" + status + ")"; });
}

function followReplay(section) {
  const id = section.dataset.replay;
  const status = section.querySelector(".replay-status");
  if (!id || !status || !["RUNNING", "COMPARING"].includes(status.textContent)) {
    return;
  }
  const poll = () => fetch("/api/audit/replays/" + encodeURIComponent(id),
      {credentials: "same-origin", headers: {"Accept": "application/json"}})
    .then(response => response.json())
    .then(report => {
      const bar = section.querySelector("progress");
      bar.max = Math.max(1, report.total);
      bar.value = report.processed;
      section.querySelector(".replay-progress").textContent = report.processed + " of " + report.total + " events"
        + (report.secondsLeft != null ? ", about " + report.secondsLeft + " s left" : "");
      status.textContent = report.status;
      if (["RUNNING", "COMPARING"].includes(report.status)) {
        setTimeout(poll, 1000);
      } else {
        window.location.reload();
      }
    });
  setTimeout(poll, 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("button.start-replay").forEach(button =>
    button.addEventListener("click", () => startReplay(button)));
  const replay = document.getElementById("replay");
  if (replay) {
    followReplay(replay);
  }
});
