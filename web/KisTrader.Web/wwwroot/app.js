// KisTrader dashboard. Live protocol (README "Live alerts"): connect to /hubs/trading (the key as access_token), buffer
// the hub's events, read GET /api/events?after=<last> until more=false, then apply the buffer, keeping each sequence
// once. After an automatic reconnect the same re-read runs from the last sequence shown: no gap, no duplicate.
"use strict";
(() => {
  const KEY = "kistrader.apiKey";
  const $ = (id) => document.getElementById(id);
  const state = { key: sessionStorage.getItem(KEY), connection: null, seen: new Set(), last: 0, syncing: false, pending: [],
    date: null, prefs: null, chartSymbol: null, chart: null, series: null, quotes: new Map() };
  const labels = { signals: "신호", orders: "주문", fills: "체결", exits: "청산", risk: "위험", system: "시스템", move: "변동" };
  const num = (v, d = 2) => v === null || v === undefined ? "-" : Number(v).toLocaleString("ko-KR", { maximumFractionDigits: d, minimumFractionDigits: 0 });
  const levels = { Tighten2: "강화2", Tighten1: "강화1", Base: "기본", Relax1: "완화1", Relax2: "완화2", Relax3: "완화3" };
  const phases = { Scheduled: "예정", Screening: "스크리닝 중", Screened: "스크리닝 완료", AfterHours: "시간외 거래", Holding: "보유 중", Closed: "종료" };
  const roles = { Selected: "선정", Backup: "예비", Candidate: "후보" };

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { "Authorization": "Bearer " + state.key, ...(options.body ? { "Content-Type": "application/json" } : {}) } });
    if (response.status === 401) { logout("키가 맞지 않거나 폐기되었습니다."); throw new Error("401"); }
    const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
    if (!response.ok) { const e = new Error(body?.detail || body?.title || response.statusText); e.status = response.status; e.body = body; throw e; }
    return body;
  }

  function logout(message) {
    sessionStorage.removeItem(KEY); state.key = null;
    if (state.connection) { state.connection.stop(); state.connection = null; }
    $("dashboard").hidden = true; $("login-panel").hidden = false; $("logout").hidden = true;
    $("login-error").textContent = message || "";
  }

  async function login(key) {
    state.key = key;
    try { await api("/api/system/status"); }
    catch (e) { if (e.message !== "401") { $("login-error").textContent = "로그인 실패: " + e.message; } return; }
    sessionStorage.setItem(KEY, key);
    $("login-panel").hidden = true; $("dashboard").hidden = false; $("logout").hidden = false;
    await refreshStatus();
    await connect();
    window.kisViews.start({ api, date: () => state.date, invoke: (method, arg) => state.connection.invoke(method, arg) });
    setInterval(refreshStatus, 5000);
  }

  // ---- live events ----
  function addAlert(category, seq, at, text) {
    const li = document.createElement("li");
    li.dataset.seq = seq ?? "";
    li.innerHTML = `<span class="seq">${seq ? "#" + seq : ""}</span><span class="cat ${category}">${labels[category] || category}</span><span class="at"></span> <span class="text"></span>`;
    li.querySelector(".at").textContent = at ? new Date(at).toLocaleTimeString("en-GB", { timeZone: "Asia/Seoul", hour12: false }) : "";
    li.querySelector(".text").textContent = text;
    if (/\[경고\]$/.test(text || "")) li.classList.add("warn"); // the server's line for a person to act on
    const feed = $("alerts");
    // Newest first by sequence (events of different grains may arrive slightly out of order).
    const after = [...feed.children].find((c) => Number(c.dataset.seq || 0) < Number(seq || Infinity));
    feed.insertBefore(li, after || null);
    while (feed.children.length > 300) feed.removeChild(feed.lastChild);
  }

  function applyEvent(e) {
    if (state.seen.has(e.sequence)) return;
    state.seen.add(e.sequence);
    state.last = Math.max(state.last, e.sequence);
    addAlert(e.alert, e.sequence, e.at, e.text);
    window.kisViews.onEvent(e);
    if (e.type === "ScreeningFinished" || e.type === "SessionPhaseChanged") loadSession();
  }

  // The hub's events are buffered from the moment a connection is (re)established (syncing), not only from here: one
  // shown before the re-read would move `last` past the events published while the client had no connection.
  async function catchUp() {
    state.syncing = true;
    // From a little before the last sequence: events of several silos can commit slightly out of sequence order, so
    // one numbered below the last shown may have arrived after it; the sequences already shown are skipped.
    let after = Math.max(0, state.last - 100);
    try {
      for (;;) {
        const page = await api(`/api/events?after=${after}&limit=500`);
        if (page.truncated) addAlert("system", null, null, "일부 이전 이벤트는 더 이상 보관되지 않습니다. 현재 상태를 다시 읽었습니다.");
        const categories = new Set(state.prefs?.categories ?? Object.keys(labels));
        page.events.filter((e) => categories.has(e.alert)).forEach(applyEvent);
        page.events.forEach((e) => { state.last = Math.max(state.last, e.sequence); });
        after = page.last;
        if (!page.more) break;
      }
    } finally {
      state.syncing = false;
      state.pending.splice(0).forEach(applyEvent);
    }
    await loadSession();
  }

  async function connect() {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/trading", { accessTokenFactory: () => state.key })
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
      .build();
    state.connection = connection;
    connection.on("event", (e) => state.syncing ? state.pending.push(e) : applyEvent(e));
    connection.on("fill", (f) => { addFill(f); addAlert("fills", null, f.notice.at, f.text); });
    connection.on("quote", (q) => { window.kisViews.onQuote(q); onQuote(q); });
    connection.on("move", onMove);
    connection.onreconnecting(() => { state.syncing = true; badge("재연결 중", "off"); });
    connection.onreconnected(async () => { badge("연결됨", "on"); if (state.chartSymbol) await connection.invoke("JoinSymbol", state.chartSymbol); window.kisViews.rejoin(); await catchUp(); window.kisViews.refresh(); });
    // Past the automatic reconnect's schedule (a front end down longer than a minute), keep trying: a load balancer in
    // front of several front ends sends the retry to one that is up; the re-read then continues from the last sequence.
    const restart = async () => {
      if (state.connection !== connection) return;
      state.syncing = true;
      try { await connection.start(); } catch { setTimeout(restart, 10000); return; }
      badge("연결됨", "on");
      if (state.chartSymbol) await connection.invoke("JoinSymbol", state.chartSymbol);
      window.kisViews.rejoin(); await catchUp(); window.kisViews.refresh();
    };
    connection.onclose(() => { badge("연결 끊김", "off"); setTimeout(restart, 10000); });
    state.syncing = true;
    await connection.start();
    badge("연결됨", "on");
    state.prefs = await connection.invoke("GetAlertPreferences");
    showPrefs();
    await catchUp();
  }

  function badge(text, cls) { const b = $("connection"); b.textContent = text; b.className = "badge " + cls; }

  function showPrefs() {
    document.querySelectorAll("input[name=cat]").forEach((c) => { c.checked = state.prefs.categories.includes(c.value); });
    $("min-move").value = state.prefs.minimumMove;
  }

  async function savePrefs() {
    const categories = [...document.querySelectorAll("input[name=cat]:checked")].map((c) => c.value);
    try {
      state.prefs = await state.connection.invoke("SetAlertPreferences", { minimumMove: Number($("min-move").value), categories });
      $("prefs-result").textContent = "저장됨";
    } catch (e) { $("prefs-result").textContent = "저장 실패: " + e.message.replace(/^.*HubException: /, ""); }
  }

  function addFill(f) {
    const list = $("fills");
    if (list.firstElementChild?.classList.contains("muted")) list.innerHTML = "";
    const li = document.createElement("li"); li.textContent = f.text; list.prepend(li);
  }

  // ---- quotes and the chart ----
  function onQuote(q) {
    if (q.symbol !== state.chartSymbol || q.price === null) return;
    const time = Math.floor(new Date(q.at).getTime() / 1000) + 9 * 3600; // the chart's axis shows UTC: read as KST
    const last = state.quotes.get(q.symbol);
    if (!last || time > last) { state.series.update({ time, value: Number(q.price) }); state.quotes.set(q.symbol, time); }
    $("chart-last").textContent = `현재가 ${num(q.price, 0)}원 (${signed(q.changeRate)}%)`;
  }

  // The server's move alert (README "Live alerts"): sent to this connection when a followed symbol's |change rate|
  // reaches the key's saved minimum move, once per crossing (again only after it fell back under the minimum).
  function onMove(q) {
    addAlert("move", null, q.at, `${q.symbol} ${num(q.price, 0)}원 (${signed(q.changeRate)}%): 최소 변동 ${num(state.prefs?.minimumMove)}% 도달`);
  }

  function signed(v) { const n = Number(v ?? 0); return (n > 0 ? "+" : "") + num(n); }

  async function follow(event) {
    event.preventDefault();
    const code = $("follow-code").value.trim().toUpperCase();
    if (!/^[0-9A-Z]{6}$/.test(code)) { $("chart-last").textContent = "종목 코드는 6자리입니다."; return; }
    try { await showChart(code, ""); } catch (e) { $("chart-last").textContent = "따라갈 수 없습니다: " + e.message.replace(/^.*HubException: /, ""); }
  }

  async function showChart(code, name) {
    if (!state.chart) {
      state.chart = LightweightCharts.createChart($("chart"), { height: 260, timeScale: { timeVisible: true, secondsVisible: true } });
      state.series = state.chart.addSeries(LightweightCharts.LineSeries, { color: "#2d6cb5" });
    }
    if (state.chartSymbol) await state.connection.invoke("LeaveSymbol", state.chartSymbol);
    state.chartSymbol = code; state.series.setData([]); state.quotes.delete(code);
    $("chart-symbol").textContent = `${code} ${name}`.trim(); $("chart-last").textContent = "시세 대기 중";
    await state.connection.invoke("JoinSymbol", code);
  }

  // ---- session, clock, status ----
  // Today's screen once it exists. Before it (the exit day until its 15:30 screen) the previous session's selection,
  // labelled as such: those are the positions being exited today, not today's candidates.
  async function loadSession() {
    if (!state.date) return;
    const date = state.date;
    $("session-date").textContent = date;
    let status;
    try {
      status = await api(`/api/sessions/${date}`);
      $("session-phase").textContent = "세션 상태: " + (phases[status.phase] || status.phase);
    } catch (e) { $("session-phase").textContent = e.status === 404 ? "오늘은 거래일이 아닙니다." : "세션 상태를 읽지 못했습니다: " + e.message; return; }
    // No finished screen before the first one ends (asking would only answer 404).
    if (!(status.phase === "Scheduled" || (status.phase === "Screening" && !state.screened))) {
      let screen = null;
      try { screen = await api(`/api/sessions/${date}/screen`); } catch (e) { if (e.status !== 404) throw e; }
      if (screen && date === state.date) { state.screened = true; showScreen(screen, date, null); return; }
    }
    const previous = status.previousTradingDate;
    const note = `전 거래일(${previous})에 선정된 종목입니다: 오늘(${date}) 청산 대상입니다. 오늘의 후보는 15:30 스크리닝 후에 표시됩니다.`;
    if ($("candidates").dataset.date === previous) { $("candidates-note").textContent = note; $("candidates-note").hidden = false; return; }
    const before = await api(`/api/sessions/${previous}`).catch(() => null);
    const screen = before && !["Scheduled", "Screening"].includes(before.phase) ? await api(`/api/sessions/${previous}/screen`).catch(() => null) : null;
    if (date !== state.date) return;
    if (screen) showScreen(screen, previous, note);
    else showScreen(null, null, null);
  }

  function showScreen(screen, date, note) {
    $("candidates").dataset.date = date ?? "";
    $("candidates-note").textContent = note ?? "";
    $("candidates-note").hidden = !note;
    $("level-trail").innerHTML = "";
    const body = $("candidates").querySelector("tbody");
    body.innerHTML = "";
    if (!screen) { body.innerHTML = `<tr><td colspan="14" class="muted">스크리닝 결과가 아직 없습니다.</td></tr>`; return; }
    screen.attempts.forEach((a) => {
      const s = document.createElement("span");
      s.className = a.kept ? "kept" : ""; s.textContent = `${levels[a.level] || a.level}: ${a.passed}/${a.evaluated}`;
      $("level-trail").appendChild(s);
    });
    if (screen.candidates.length === 0) body.innerHTML = `<tr><td colspan="14" class="muted">후보가 없습니다 (최종 단계 ${levels[screen.finalLevel] || screen.finalLevel}).</td></tr>`;
    screen.candidates.forEach((c) => {
      const tr = document.createElement("tr"); tr.className = c.role; tr.dataset.code = c.code;
      const v = c.values;
      const cells = [c.rank, null, c.market, num(c.close, 0), num(c.score), num(v[0]), num(v[1] * 100) + "%", num(v[2] * 100) + "%", num(v[3]), num(v[4] * 100) + "%p", num(v[5] * 100) + "%",
        c.subScores.map((s) => num(s)).join(" · "), levels[c.level] || c.level, roles[c.role] || c.role];
      cells.forEach((text, i) => { const td = document.createElement("td"); if (i === 1) { td.className = "text"; td.textContent = `${c.code} ${c.name}`; } else td.textContent = text; tr.appendChild(td); });
      tr.addEventListener("click", () => showChart(c.code, c.name));
      body.appendChild(tr);
    });
  }

  async function refreshStatus() {
    if (!state.key) return;
    let s;
    try { s = await api("/api/system/status"); } catch { return; }
    const c = s.clock;
    if (c) {
      $("clock").textContent = `시계: ${c.kst}${c.simulated ? ` (시뮬레이션 ×${c.speed ?? "-"}${c.paused ? ", 일시정지" : ""})` : ""}`;
      const date = c.kst.slice(0, 10);
      if (date !== state.date) { state.date = date; state.screened = false; loadSession(); }
    }
    const facts = { "모드": s.mode === "OneProcess" ? "단일 프로세스" : "클라이언트", "실로": (s.silos || []).join(", ") || "-",
      "실시간 시세": s.marketData ? `${s.marketData.connection}, 등록 ${s.marketData.registrationsUsed}/${s.marketData.registrationsLimit}` : "-",
      "KIS 호출 예산": s.rateBudget ? `창당 ${s.rateBudget.permitsPerWindow ?? "-"}회, 할당 ${s.rateBudget.allocated ?? "-"}, 참여 실로 ${(s.rateBudget.holders || []).length}` : "-", "시뮬레이터": s.simulator || "-" };
    Object.entries(s.errors || {}).forEach(([k, v]) => { facts["오류 " + k] = v; });
    $("system").innerHTML = "";
    Object.entries(facts).forEach(([k, v]) => { const dt = document.createElement("dt"); dt.textContent = k; const dd = document.createElement("dd"); dd.textContent = v; $("system").append(dt, dd); });
  }

  async function clock(path, body) {
    try { await api("/api/control/clock/" + path, { method: "POST", body: body ? JSON.stringify(body) : undefined }); $("clock-result").textContent = "적용됨"; await refreshStatus(); }
    catch (e) { $("clock-result").textContent = "실패: " + (e.status === 403 ? "트레이더 키가 필요합니다" : e.message); }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("login-form").addEventListener("submit", (e) => { e.preventDefault(); login($("api-key").value.trim()); });
    $("logout").addEventListener("click", () => logout());
    $("save-prefs").addEventListener("click", savePrefs);
    $("clock-pause").addEventListener("click", () => clock("pause"));
    $("clock-resume").addEventListener("click", () => clock("resume"));
    $("clock-speed-apply").addEventListener("click", () => clock("speed", { speed: Number($("clock-speed").value) }));
    $("clock-jump-apply").addEventListener("click", () => clock("jump", { to: $("clock-jump").value.trim() }));
    $("follow-form").addEventListener("submit", follow);
    if (state.key) login(state.key);
  });
})();
