// Small progressive behaviour for the console; every page works without it.
"use strict";

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
