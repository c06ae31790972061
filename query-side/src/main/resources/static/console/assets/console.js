// Small progressive behaviour for the console; every page works without it.
"use strict";

const JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"};

// Starts a background task through the audit API (which checks the role), then opens the page of its report.
function start(button, url, body, parameter) {
  button.disabled = true;
  fetch(url, {method: "POST", credentials: "same-origin", headers: JSON_HEADERS, body: JSON.stringify(body)})
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(report => { window.location.search = "?" + parameter + "=" + encodeURIComponent(report.id); })
    .catch(status => { button.disabled = false; button.textContent = "Refused (" + status + ")"; });
}

// Polls a running task's report every second, drawing its progress ({done, total, text} from describe), and
// reloads the page once the task is no longer running.
function follow(section, url, running, describe) {
  const status = section.querySelector(".task-status");
  if (!status || !running.includes(status.textContent)) {
    return;
  }
  const poll = () => fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
    .then(response => response.json())
    .then(report => {
      const progress = describe(report);
      const bar = section.querySelector("progress");
      bar.max = Math.max(1, progress.total);
      bar.value = progress.done;
      section.querySelector(".task-progress").textContent = progress.text
        + (report.secondsLeft != null ? ", about " + report.secondsLeft + " s left" : "");
      status.textContent = report.status;
      if (running.includes(report.status)) {
        setTimeout(poll, 1000);
      } else {
        window.location.reload();
      }
    });
  setTimeout(poll, 1000);
}

document.addEventListener("DOMContentLoaded", () => {
  // Replays (ADMIN): each projection's button, then the replay's progress until its comparison is done.
  document.querySelectorAll("button.start-replay").forEach(button => button.addEventListener("click",
    () => start(button, "/api/audit/replays", {projection: button.dataset.projection}, "replay")));
  const replay = document.getElementById("replay");
  if (replay && replay.dataset.replay) {
    follow(replay, "/api/audit/replays/" + encodeURIComponent(replay.dataset.replay), ["QUEUED", "RUNNING", "COMPARING"],
      report => ({done: report.processed, total: report.total,
        text: report.processed + " of " + report.total + " events"}));
  }
  // Integrity checks (AUDITOR): one button, then the check's progress until it is INTACT, BROKEN or FAILED.
  const runCheck = document.getElementById("run-check");
  if (runCheck) {
    runCheck.addEventListener("click", () => start(runCheck, "/api/audit/integrity/checks", {}, "check"));
  }
  const check = document.getElementById("check");
  if (check && check.dataset.check) {
    follow(check, "/api/audit/integrity/checks/" + encodeURIComponent(check.dataset.check), ["RUNNING"],
      report => ({done: report.eventsChecked, total: report.total,
        text: report.eventsChecked + " of " + report.total + " events, " + Math.round(report.eventsPerSecond)
          + " events/s"}));
  }
});
