// KisTrader dashboard: the strategy/portfolio configuration form (GET, PUT and DELETE /api/portfolio/config). It shows
// the effective values and where each comes from, checks the input the way the server does (the server checks again:
// its RFC 7807 field errors are shown under their field, e.g. selected + backups above Adjustment:MaxCandidates), saves
// with a reason (Trader key) and resets to the configured defaults. views.js calls kisConfig.start(ctx) after login and
// kisConfig.onEvent(e) for every event (a PortfolioConfigChanged re-reads the form).
"use strict";
window.kisConfig = (() => {
  const $ = (id) => document.getElementById(id);
  const PATH = "/api/portfolio/config";
  const FIELDS = ["sessionBudget", "selectedCount", "backupCount", "allocationMode"];
  const MODES = { Equal: "균등 배분", ScoreWeighted: "점수 가중 배분" };
  const num = (v) => v === null || v === undefined ? "-" : Number(v).toLocaleString("ko-KR", { maximumFractionDigits: 0 });
  const show = (field, value) => field === "allocationMode" ? (MODES[value] || value) : field === "sessionBudget" ? num(value) + "원" : num(value);
  let ctx = null;
  let current = null;

  function error(field, text) {
    const box = document.querySelector(`#config-panel .field-error[data-for="${field}"]`) || document.querySelector('#config-panel .field-error[data-for="body"]');
    box.textContent = text || "";
    $("cfg-" + field)?.setAttribute("aria-invalid", text ? "true" : "false");
  }

  function clearErrors() {
    document.querySelectorAll("#config-panel .field-error").forEach((e) => { e.textContent = ""; });
    document.querySelectorAll("#config-panel [aria-invalid]").forEach((e) => e.setAttribute("aria-invalid", "false"));
  }

  function render(view) {
    current = view;
    FIELDS.forEach((f) => {
      $("cfg-" + f).value = view[f];
      const source = view.sources?.[f];
      const fallback = view.defaults ? ` (기본 ${show(f, view.defaults[f])})` : "";
      $("cfg-src-" + f).textContent = source === "override" ? "재정의" + fallback : "기본값";
      $("cfg-src-" + f).dataset.source = source || "default";
    });
    $("cfg-version").textContent = view.version ? `버전 ${view.version}` : "기본 설정";
    $("config-panel").dataset.version = view.version;
    const list = $("cfg-history");
    list.innerHTML = "";
    (view.history || []).slice(0, 5).forEach((c) => {
      const li = document.createElement("li");
      const at = c.at ? new Date(c.at).toLocaleString("sv-SE", { timeZone: "Asia/Seoul", hour12: false }).slice(5, 16) : "";
      li.textContent = `${at} ${c.requestedBy ?? ""}: ${c.reason ?? ""}`;
      list.appendChild(li);
    });
  }

  async function load() {
    try { render(await ctx.api(PATH)); } catch (e) { $("cfg-result").textContent = "설정을 읽지 못했습니다: " + e.message; }
  }

  // An integer field: empty is "follow the default" (null); otherwise a whole number in [min, max].
  function integer(field, min, max, errors) {
    const input = $("cfg-" + field);
    const text = input.value.trim().replaceAll(",", "");
    if (input.validity?.badInput) { errors[field] = "숫자를 입력하세요."; return undefined; }
    if (text === "") return null;
    if (!/^\d+$/.test(text)) { errors[field] = `${min}부터 ${num(max)}까지의 정수를 입력하세요.`; return undefined; }
    const value = Number(text);
    if (value < min || value > max) { errors[field] = `${num(min)}부터 ${num(max)}까지입니다 (입력 ${num(value)}).`; return undefined; }
    return value;
  }

  // The PUT body: a field is an override when it was one or differs from the configured default (else null: the default).
  function read() {
    const errors = {};
    const values = {
      sessionBudget: integer("sessionBudget", 1, 100_000_000_000, errors),
      selectedCount: integer("selectedCount", 1, 100, errors),
      backupCount: integer("backupCount", 0, 100, errors),
      allocationMode: $("cfg-allocationMode").value || null,
    };
    const reason = $("cfg-reason").value.trim();
    if (reason.length === 0 || reason.length > 200 || /[\u0000-\u001f\u007f]/.test(reason)) errors.reason = "변경 사유를 1~200자로 입력하세요 (기록됩니다).";
    const body = { reason };
    FIELDS.forEach((f) => {
      const value = values[f];
      const keep = value !== null && (current?.sources?.[f] === "override" || !current?.defaults || String(current.defaults[f]) !== String(value));
      body[f] = keep ? value : null;
    });
    return { body, errors };
  }

  function failed(e, what) {
    if (e.status === 400 && e.body?.errors) {
      Object.entries(e.body.errors).forEach(([field, messages]) => error(field, messages.join(" ")));
      $("cfg-result").textContent = `${what} 실패: 서버가 입력값을 거부했습니다.`;
    } else if (e.status === 403) {
      $("cfg-result").textContent = `${what} 실패: 트레이더 키가 필요합니다.`;
    } else if (e.status === 503) {
      $("cfg-result").textContent = `${what} 실패: 이 프런트엔드는 거래 계좌를 모릅니다 (Kis:AccountNumber).`;
    } else {
      $("cfg-result").textContent = `${what} 실패: ${e.message}`;
    }
  }

  async function save(event) {
    event.preventDefault();
    clearErrors();
    const { body, errors } = read();
    if (Object.keys(errors).length > 0) {
      Object.entries(errors).forEach(([field, text]) => error(field, text));
      $("cfg-result").textContent = "입력값을 확인하세요.";
      return;
    }

    $("cfg-result").textContent = "저장 중…";
    try {
      render(await ctx.api(PATH, { method: "PUT", body: JSON.stringify(body) }));
      $("cfg-reason").value = "";
      $("cfg-result").textContent = `저장됨 (버전 ${current.version}): 다음 스크리닝부터 적용됩니다.`;
    } catch (e) { failed(e, "저장"); }
  }

  async function reset() {
    clearErrors();
    const reason = $("cfg-reason").value.trim();
    try {
      render(await ctx.api(PATH + (reason ? "?reason=" + encodeURIComponent(reason) : ""), { method: "DELETE" }));
      $("cfg-reason").value = "";
      $("cfg-result").textContent = `기본값으로 되돌렸습니다 (버전 ${current.version}).`;
    } catch (e) { failed(e, "초기화"); }
  }

  return {
    start(context) {
      ctx = context;
      $("config-form").addEventListener("submit", save);
      $("cfg-reset").addEventListener("click", reset);
      load();
    },
    onEvent(e) { if (ctx && e.type === "PortfolioConfigChanged") load(); },
  };
})();
