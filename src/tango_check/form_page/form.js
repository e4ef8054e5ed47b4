/* The questionnaire page of `tango-check form`: progress, skipping a part,
 * saving the answers as a partnership file and opening one again.
 * Nothing here reaches the network (the page's Content-Security-Policy forbids it). */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("form-data").textContent);
  var form = document.getElementById("questionnaire");
  var questions = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-field]"));
  var parts = Array.prototype.slice.call(form.querySelectorAll("section.part"));
  var messageBox = document.getElementById("message");
  var openInput = document.querySelector('[data-action="open"]');
  var saveButton = document.querySelector('[data-action="save"]');
  var PLAIN = /^[a-z][a-z0-9_]*$/;
  var RESERVED = ["true", "false", "null"];
  var UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
  var changedSinceSave = false;

  function say(key, params) {
    params = params || {};
    return data.messages[key].replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  }

  function inputs(question) {
    return Array.prototype.slice.call(question.querySelectorAll("input"));
  }

  /* A question's answer: `answered` (also "don't know"), and `value`, what the file gets (undefined: nothing). */
  function answerOf(question) {
    var kind = question.dataset.kind;
    if (kind === "text" || kind === "number") {
      var text = question.querySelector("input").value.trim();
      if (!text || (kind === "number" && !/^-?\d+$/.test(text))) return { answered: false };
      return { answered: true, value: kind === "number" ? parseInt(text, 10) : text };
    }
    var checked = inputs(question).filter(function (input) { return input.checked; });
    if (!checked.length) return { answered: false };
    if (kind === "choice") return { answered: true, value: checked[0].value === "" ? undefined : checked[0].value };
    if (checked.some(function (input) { return input.value === "[]"; })) return { answered: true, value: [] };
    return { answered: true, value: checked.map(function (input) { return input.value; }) };
  }

  function updateProgress() {
    var answered = 0;
    questions.forEach(function (question) {
      var done = answerOf(question).answered;
      question.classList.toggle("answered", done);
      if (done) answered += 1;
    });
    document.getElementById("progress").value = answered;
    document.getElementById("progress-text").textContent = say("form.progress", { answered: answered, total: questions.length });
    parts.forEach(function (part) {
      var own = Array.prototype.slice.call(part.querySelectorAll("fieldset[data-field]"));
      var count = own.filter(function (question) { return answerOf(question).answered; }).length;
      part.querySelector(".part-progress").textContent = say("form.part_progress", { answered: count, total: own.length });
    });
  }

  /* "None of these" and the answers of a multiple-choice question exclude each other. */
  function onChange(event) {
    var input = event.target;
    var question = input.closest("fieldset[data-field]");
    if (question && question.dataset.kind === "choices" && input.checked) {
      inputs(question).forEach(function (other) {
        if (other !== input && (input.value === "[]" || other.value === "[]")) other.checked = false;
      });
    }
    changedSinceSave = true;
    updateProgress();
  }

  function setSkipped(part, skipped) {
    var button = part.querySelector('[data-action="skip"]');
    part.classList.toggle("skipped-part", skipped);
    part.querySelector(".part-body").hidden = skipped;
    part.querySelector(".skipped").hidden = !skipped;
    button.setAttribute("aria-expanded", String(!skipped));
    button.textContent = say(skipped ? "form.unskip" : "form.skip");
  }

  function onSkip(event) {
    var part = event.target.closest("section.part");
    var skipping = !part.classList.contains("skipped-part");
    setSkipped(part, skipping);
    if (!skipping) return;
    var next = parts[parts.indexOf(part) + 1];
    (next ? next.querySelector("h2") : saveButton).focus();
  }

  function showMessage(kind, lines) {
    messageBox.className = "message" + (kind === "error" ? " error" : "");
    messageBox.setAttribute("role", kind === "error" ? "alert" : "status");
    messageBox.textContent = "";
    var first = document.createElement("p");
    first.textContent = lines[0];
    messageBox.appendChild(first);
    if (lines.length > 1) {
      var list = document.createElement("ul");
      lines.slice(1).forEach(function (line) {
        var item = document.createElement("li");
        item.textContent = line;
        list.appendChild(item);
      });
      messageBox.appendChild(list);
    }
    var close = document.createElement("button");
    close.type = "button";
    close.className = "link";
    close.textContent = say("form.close");
    close.addEventListener("click", function () {
      messageBox.hidden = true;
      saveButton.focus();
    });
    messageBox.appendChild(close);
    messageBox.hidden = false;
  }

  // --- saving ---------------------------------------------------------------

  function setAt(target, path, value) {
    var keys = path.split(".");
    keys.slice(0, -1).forEach(function (key) {
      if (!target[key]) target[key] = {};
      target = target[key];
    });
    target[keys[keys.length - 1]] = value;
  }

  /* As tango_check.template writes a value: plain where our loader reads it as this text, else a JSON string. */
  function scalar(value) {
    if (typeof value === "number") return String(value);
    if (PLAIN.test(value) && RESERVED.indexOf(value) < 0) return value;
    return JSON.stringify(value).replace(UNSAFE, function (character) {
      return "\\u" + ("000" + character.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  function yamlLines(mapping, indent, lines) {
    Object.keys(mapping).forEach(function (key) {
      var value = mapping[key];
      if (Array.isArray(value)) {
        lines.push(indent + key + ": [" + value.map(scalar).join(", ") + "]");
      } else if (typeof value === "object") {
        lines.push(indent + key + ":");
        yamlLines(value, indent + "  ", lines);
      } else {
        lines.push(indent + key + ": " + scalar(value));
      }
    });
    return lines;
  }

  /* The date as each language writes it: 2026-12-03, 3-12-2026. */
  function today() {
    var now = new Date();
    var pad = function (number) { return ("0" + number).slice(-2); };
    if (data.lang === "nl") return now.getDate() + "-" + (now.getMonth() + 1) + "-" + now.getFullYear();
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function fileText() {
    // schema_version keeps a file without any answer yet a partnership file, not an empty one
    var answers = { schema_version: data.schemaVersion };
    if (data.perspective) answers.perspective = data.perspective;
    questions.forEach(function (question) {
      var answer = answerOf(question);
      if (answer.value !== undefined) setAt(answers, question.dataset.field, answer.value);
    });
    var comment = "# " + say("form.file_comment", { version: data.version, date: today() });
    return [comment].concat(yamlLines(answers, "", [])).join("\n") + "\n";
  }

  function slug(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  }

  function fileName() {
    var name = [say("form.file_name"), data.perspective || ""];
    questions.forEach(function (question) {
      var field = question.dataset.field;
      if (field === "respondent.role" || field === "respondent.name") name.push(String(answerOf(question).value || ""));
    });
    return name.map(slug).filter(Boolean).join("-") + ".yaml";
  }

  function save() {
    var name = fileName();
    var url = URL.createObjectURL(new Blob([fileText()], { type: "application/yaml" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    changedSinceSave = false;
    showMessage("status", [say("form.saved", { file: name })]);
  }

  // --- opening ----------------------------------------------------------------

  function quoted(value) {
    return "'" + String(value) + "'";
  }

  /* Similarity as difflib's ratio measures it, near enough: twice the longest common subsequence over both lengths. */
  function similarity(a, b) {
    var previous = new Array(b.length + 1).fill(0);
    for (var i = 1; i <= a.length; i += 1) {
      var row = [0];
      for (var j = 1; j <= b.length; j += 1) {
        row[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
      }
      previous = row;
    }
    return (2 * previous[b.length]) / (a.length + b.length || 1);
  }

  function closest(word, candidates) {
    var best = null;
    var bestScore = 0.6;
    candidates.forEach(function (candidate) {
      var score = similarity(String(word), candidate);
      if (score >= bestScore) { best = candidate; bestScore = score; }
    });
    return best;
  }

  function suggestion(word, candidates, listThem) {
    var close = closest(word, candidates);
    if (close) return say("field.suggestion", { name: close });
    return listThem ? say("field.allowed_fields", { names: candidates.join(", ") }) : "";
  }

  function isMapping(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function found(value) {
    return say(Array.isArray(value) ? "yaml.found.list" : "yaml.found.scalar");
  }

  function checkField(path, value, problems) {
    var spec = data.fields[path];
    if (value === null) return;
    if (spec.fixed !== null) {
      if (value !== spec.fixed) problems.push(say("field.schema_version", { value: value, supported: data.schemaVersion }));
      return;
    }
    if (spec.kind === "text") {
      if (typeof value !== "string") problems.push(say("field.text", { field: path }));
      else if (spec.maxLength && value.length > spec.maxLength) problems.push(say("field.too_long", { field: path, limit: spec.maxLength }));
      return;
    }
    if (spec.kind === "number") {
      if (!Number.isInteger(value)) problems.push(say("field.number", { field: path }));
      return;
    }
    if (spec.kind === "date") {
      var day = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + "T00:00:00Z") : null;
      if (!day || isNaN(day) || day.toISOString().slice(0, 10) !== value) problems.push(say("form.open.date", { field: path }));
      return;
    }
    var allowed = spec.allowed;
    var badChoice = function (item) {
      problems.push(say("field.choice", {
        value: item, field: path, allowed: allowed.map(quoted).join(", "), suggestion: suggestion(item, allowed, false),
      }));
    };
    if (spec.kind === "choices") {
      if (!Array.isArray(value)) problems.push(say("field.list", { field: path }));
      else value.forEach(function (item) { if (allowed.indexOf(item) < 0) badChoice(item); });
      return;
    }
    if (typeof value === "boolean" ? !spec.booleans : allowed.indexOf(value) < 0) badChoice(value);
  }

  /* The problems the tool's loader would report for this data, and the fields it answers. */
  function check(mapping, prefix, problems, answeredFields) {
    Object.keys(mapping).forEach(function (key) {
      var path = prefix + key;
      var value = mapping[key];
      if (data.sections.indexOf(path) >= 0) {
        if (value === null) return;
        if (!isMapping(value)) problems.push(say("field.mapping", { field: path, found: found(value) }));
        else check(value, path + ".", problems, answeredFields);
      } else if (Object.prototype.hasOwnProperty.call(data.fields, path)) {
        checkField(path, value, problems);
        if (value !== null && data.fields[path].fixed === null) answeredFields.push(path);
      } else {
        var siblings = data.sections.concat(Object.keys(data.fields)).filter(function (other) {
          return other.lastIndexOf(".") === prefix.length - 1 && other.indexOf(prefix) === 0;
        }).map(function (other) { return other.slice(prefix.length); });
        problems.push(say("field.unknown", { key: path, suggestion: suggestion(key, siblings, true) }));
      }
    });
  }

  function valueAt(mapping, path) {
    var value = mapping;
    path.split(".").forEach(function (key) { value = isMapping(value) ? value[key] : undefined; });
    if (typeof value === "boolean") value = data.fields[path].booleans[value ? 0 : 1];
    return value === undefined ? null : value;
  }

  function fill(doc) {
    questions.forEach(function (question) {
      var value = valueAt(doc, question.dataset.field);
      var kind = question.dataset.kind;
      if (kind === "text" || kind === "number") {
        question.querySelector("input").value = value === null ? "" : String(value);
        return;
      }
      inputs(question).forEach(function (input) {
        if (kind === "choice") input.checked = value !== null && input.value === value;
        else input.checked = Array.isArray(value) && (value.length ? value.indexOf(input.value) >= 0 : input.value === "[]");
      });
    });
    parts.forEach(function (part) { setSkipped(part, false); });
    updateProgress();
  }

  function openText(name, text) {
    var problems = [];
    var doc = null;
    if (text.indexOf("\u0000") >= 0) {
      problems.push(say("file.binary"));
    } else {
      try {
        doc = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
      } catch (error) {
        var place = error.mark ? name + ":" + (error.mark.line + 1) + ":" + (error.mark.column + 1) + ": " : "";
        problems.push(place + say("yaml.syntax", { detail: error.reason || error.message }));
      }
    }
    var answeredFields = [];
    if (!problems.length) {
      if (doc === null || doc === undefined) problems.push(say("form.open.empty"));
      else if (!isMapping(doc)) problems.push(say("yaml.root_not_mapping", { found: found(doc) }));
      else check(doc, "", problems, answeredFields);
    }
    if (!problems.length && data.perspective && doc.perspective && doc.perspective !== data.perspective) {
      problems.push(say("form.open.other_side", { file_side: data.sides[doc.perspective], side: data.sides[data.perspective] }));
    }
    if (problems.length) {
      showMessage("error", [say("form.open.rejected", { file: name })].concat(problems));
      return;
    }
    if (changedSinceSave && !window.confirm(say("form.open.replace", { file: name }))) return;
    fill(doc);
    changedSinceSave = false;
    var asked = questions.map(function (question) { return question.dataset.field; });
    var left = answeredFields.filter(function (path) {
      return asked.indexOf(path) < 0 && !(path === "perspective" && data.perspective);
    });
    var answered = questions.filter(function (question) { return answerOf(question).answered; }).length;
    var lines = [say("form.opened", { file: name, answered: answered, total: questions.length })];
    if (left.length) lines.push(say("form.open.not_in_form", { fields: left.join(", ") }));
    showMessage("status", lines);
  }

  function onOpen() {
    var file = openInput.files[0];
    if (!file) return;
    if (file.size > data.openLimitKb * 1024) {
      showMessage("error", [say("form.open.rejected", { file: file.name }), say("form.open.too_large", { limit: data.openLimitKb })]);
      openInput.value = "";
      return;
    }
    file.text().then(function (text) {
      openText(file.name, text);
    }).finally(function () {
      openInput.value = "";
    });
  }

  form.addEventListener("change", onChange);
  form.addEventListener("input", onChange);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  parts.forEach(function (part) { part.querySelector('[data-action="skip"]').addEventListener("click", onSkip); });
  saveButton.addEventListener("click", save);
  openInput.addEventListener("change", onOpen);
  window.addEventListener("beforeunload", function (event) {
    if (changedSinceSave) event.preventDefault();
  });
  updateProgress();
})();
