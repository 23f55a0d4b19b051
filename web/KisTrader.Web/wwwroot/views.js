// KisTrader dashboard views of the trading cycle: the after-hours board, orders and fills, positions with live P&L and
// a price chart each, the equity curve and statistics, the kill switch. app.js owns the login, the hub and the events;
// it calls kisViews.start(ctx) after login, kisViews.onEvent(e) for every event shown and kisViews.onQuote(q) per quote.
"use strict";
window.kisViews = (() => {
  const $ = (id) => document.getElementById(id);
  const num = (v, d = 0) => v === null || v === undefined ? "-" : Number(v).toLocaleString("ko-KR", { maximumFractionDigits: d });
  const pct = (v, d = 2) => v === null || v === undefined ? "-" : (Number(v) * 100).toFixed(d) + "%";
  const kst = (at) => at ? new Date(at).toLocaleString("sv-SE", { timeZone: "Asia/Seoul", hour12: false }).slice(5, 19) : "-";
  // The charts' time axis shows UTC: instants are shifted by KST's +9 h so they read as Korean time.
  const chartTime = (at) => Math.floor(new Date(at).getTime() / 1000) + 9 * 3600;
  const tone = (v) => v > 0 ? "up" : v < 0 ? "down" : "";
  const K = {
    state: { Intent: "생성", Submitting: "전송 중", Accepted: "접수", PartiallyFilled: "부분체결", Filled: "체결", Rejected: "거부", Cancelled: "취소", Expired: "만료", OutcomeUnknown: "확인 중", Ambiguous: "불명확" },
    side: { Buy: "매수", Sell: "매도" }, kind: { Limit: "지정가", Market: "시장가", AfterHoursSinglePrice: "시간외 단일가" },
    purpose: { Entry: "진입", Exit: "청산", Manual: "수동" },
    position: { None: "-", Entering: "진입 중", Open: "보유", Closed: "종료", Abandoned: "미체결 종료" },
    board: { Monitored: "감시", Backup: "예비", Dropped: "제외", Bought: "매수" },
    action: { Buy: "매수", Hold: "대기", Drop: "제외", NoData: "자료 없음", AlreadyBought: "매수됨", ZeroQuantity: "수량 0" },
    mode: { Active: "정상 거래", EntriesHalted: "신규 진입 중지", Flattening: "전량 청산 중" },
    period: { Day: "일", Week: "주", Month: "월", Overall: "전체" },
  };
  let ctx = null;
  const timers = {};
  const charts = new Map();
  let equity = null;
  let statistics = null;

  // Runs fn at most once per `ms` (trailing call kept), so a burst of events costs one request.
  function soon(name, fn, ms = 3000) {
    if (timers[name]) { timers[name].again = true; return; }
    timers[name] = { again: false };
    fn().catch(() => {}).finally(() => setTimeout(() => { const again = timers[name].again; delete timers[name]; if (again) soon(name, fn, ms); }, ms));
  }

  function rows(table, items, cols, empty, decorate) {
    const body = $(table).querySelector("tbody");
    body.innerHTML = "";
    if (!items.length) { body.innerHTML = `<tr><td colspan="${cols}" class="muted">${empty}</td></tr>`; return; }
    items.forEach((item) => {
      const tr = document.createElement("tr");
      decorate(item).forEach(([text, cls]) => { const td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td); });
      body.appendChild(tr);
      if (item.__row) item.__row(tr);
    });
  }

  async function board() {
    const date = ctx.date();
    if (!date) return;
    // Only a session in or past its after-hours has a board (asking earlier would only answer 404); the board of the
    // previous session stays shown on the exit day.
    const session = await ctx.api(`/api/sessions/${date}`).catch(() => null);
    if (!session || !["AfterHours", "Holding", "Closed"].includes(session.phase)) return;
    const b = await ctx.api(`/api/monitoring/after-hours/${date}`);
    $("ah-board").dataset.date = date; $("ah-date").textContent = date;
    $("ah-summary").textContent = `예산 ${num(b.budget)}원 · 사용 ${num(b.committed)}원 · 다음 기준 +${pct(b.threshold)} · 마지막 체크포인트 ${b.lastCheckpoint?.slice(0, 5) ?? "-"}${b.ended ? " · 종료" : ""}`;
    rows("ah-board", b.symbols, 10, "감시 종목이 없습니다.", (s) => {
      s.__row = (tr) => { tr.dataset.code = s.code; tr.className = s.status; };
      const results = s.results.map((r) => `${r.checkpoint.slice(0, 5)} ${K.action[r.action] || r.action}${r.change !== null ? " " + pct(r.change) : ""}`).join(" · ");
      return [[s.rank], [`${s.code} ${s.name}`, "text"], [K.board[s.status] || s.status], [num(s.close)], [num(s.observed)], [pct(s.change), tone(s.change)],
        ["+" + pct(s.threshold)], [num(s.allocation)], [s.buyQuantity ? `${num(s.buyQuantity)}주 @${num(s.buyPrice)}` : "-"], [results || "-", "text"]];
    });
  }

  async function orders() {
    const [o, t] = await Promise.all([ctx.api("/api/orders?pageSize=30"), ctx.api("/api/trades?pageSize=30")]);
    rows("orders", o.items, 10, "주문이 없습니다.", (r) => {
      const i = r.order.intent;
      r.__row = (tr) => { tr.dataset.id = r.clientOrderId; tr.dataset.state = r.order.state; };
      return [[kst(r.at)], [r.clientOrderId, "text"], [i.symbol], [K.side[i.side] || i.side, i.side === "Buy" ? "up" : "down"], [K.kind[i.kind] || i.kind],
        [num(i.quantity)], [num(i.limitPrice)], [K.state[r.order.state] || r.order.state], [num(r.order.filledQuantity)], [num(r.order.averageFillPrice)]];
    });
    rows("trades", t.items, 6, "체결이 없습니다.", (f) => {
      f.__row = (tr) => { tr.dataset.order = f.clientOrderId; };
      return [[kst(f.at)], [f.symbol], [K.side[f.side] || f.side, f.side === "Buy" ? "up" : "down"], [K.purpose[f.purpose] || f.purpose], [num(f.quantity)], [num(f.price)]];
    });
  }

  async function positions() {
    const list = await ctx.api("/api/portfolio/positions");
    rows("positions", list, 9, "포지션이 없습니다.", (p) => {
      p.__row = (tr) => { tr.dataset.key = p.key; tr.dataset.status = p.status; tr.className = p.status; };
      return [[p.entryDate], [`${p.symbol} ${p.name ?? ""}`, "text"], [K.position[p.status] || p.status], [num(p.quantity)], [num(p.averagePrice)], [num(p.lastPrice)],
        [pct(p.return), tone(p.return)], [num(p.unrealizedPnL), tone(p.unrealizedPnL)], [num(p.realizedPnL), tone(p.realizedPnL)]];
    });
    list.forEach(chartFor);
  }

  // A live price chart per position: the symbol's quotes over the hub, the average buy price as a line.
  function chartFor(p) {
    let c = charts.get(p.key);
    if (!c) {
      const fig = document.createElement("figure"); fig.dataset.key = p.key;
      const cap = document.createElement("figcaption"); const box = document.createElement("div"); box.className = "mini";
      fig.append(cap, box); $("position-charts").appendChild(fig);
      const chart = LightweightCharts.createChart(box, { height: 160, timeScale: { timeVisible: true, secondsVisible: true } });
      c = { p, cap, chart, series: chart.addSeries(LightweightCharts.LineSeries, { color: "#b5762d" }), last: 0, avgLine: null };
      charts.set(p.key, c);
      ctx.invoke("JoinSymbol", p.symbol).catch(() => {});
      if (p.lastPrice) add(c, chartTime(p.updatedAt), p.lastPrice);
    }
    c.p = p;
    c.cap.textContent = `${p.symbol} ${p.name ?? ""} · ${K.position[p.status] || p.status} · 평균 ${num(p.averagePrice)}원`;
    if (p.averagePrice > 0 && !c.avgLine) c.avgLine = c.series.createPriceLine({ price: Number(p.averagePrice), color: "#6b7785", lineStyle: 2, title: "평균가" });
  }

  function add(c, time, price) { if (time > c.last) { c.series.update({ time, value: Number(price) }); c.last = time; } }

  async function performance() {
    if (statistics === null) statistics = await ctx.api("/api/performance/source");
    if (!statistics.available) { $("equity-note").textContent = "통계 자료가 없습니다: " + statistics.description; return; }
    let curve, report;
    try { [curve, report] = await Promise.all([ctx.api("/api/performance/equity"), ctx.api("/api/performance")]); }
    catch (e) { $("equity-note").textContent = e.status === 503 ? "통계 자료가 없습니다: " + e.message : "통계를 읽지 못했습니다: " + e.message; return; }
    if (!equity) {
      const chart = LightweightCharts.createChart($("equity-chart"), { height: 260, timeScale: { timeVisible: true } });
      equity = chart.addSeries(LightweightCharts.LineSeries, { color: "#2f8f4e" });
    }
    let last = 0;
    equity.setData(curve.points.map((p) => { const t = Math.max(last + 1, chartTime(p.at)); last = t; return { time: t, value: Number(p.cumulative) }; }));
    $("equity-note").textContent = `${curve.from} ~ ${curve.to} · 청산 ${curve.points.length}건 · 누적 순손익 ${num(curve.total)}원`;
    const periods = [report.overall, ...report.months.slice(-2).reverse(), ...report.weeks.slice(-2).reverse(), ...report.days.slice(-5).reverse()].filter((s) => s.from);
    rows("stats", periods, 9, "통계가 없습니다.", (s) => [[`${K.period[s.kind] || s.kind} ${s.label}`, "text"], [s.sessions], [s.trades], [s.wins], [s.losses], [pct(s.winRate, 1)],
      [num(s.totalNetPnL), tone(s.totalNetPnL)], [pct(s.cumulativeReturn)], [num(s.maxDrawdown)]]);
  }

  async function kill() {
    try {
      const r = await ctx.api("/api/control/kill-switch");
      // openPositions: the positions that told the account they are entering (buy working) or held, until they close or
      // their buy ends unfilled: what "halt entries" and "flatten" reach.
      $("kill-state").textContent = `상태: ${K.mode[r.mode] || r.mode}${r.modeChangedBy ? ` (${r.modeChangedBy}: ${r.modeReason ?? ""})` : ""}${r.entriesHaltedByReconciliation ? " · 대사 불일치로 진입 중지" : ""} · 보유/진입 중 ${r.openPositions.length}건`;
      $("kill-state").dataset.mode = r.mode;
      $("kill-state").dataset.open = r.openPositions.length;
      $("kill-state").title = r.openPositions.join("\n");
    } catch (e) { $("kill-state").textContent = "상태를 읽지 못했습니다: " + e.message; }
  }

  async function switchTo(action) {
    const reason = $("kill-reason").value.trim();
    if (!reason) { $("kill-result").textContent = "사유를 입력하세요."; return; }
    try { await ctx.api(`/api/control/kill-switch/${action}`, { method: "POST", body: JSON.stringify({ reason }) }); $("kill-result").textContent = "적용됨"; await kill(); }
    catch (e) { $("kill-result").textContent = "실패: " + (e.status === 403 ? "트레이더 키가 필요합니다" : e.message); }
  }

  function refreshAll() {
    soon("board", board); soon("orders", orders); soon("positions", positions); soon("perf", performance, 5000); soon("kill", kill);
  }

  return {
    start(context) {
      ctx = context;
      $("kill-halt").addEventListener("click", () => switchTo("halt-entries"));
      $("kill-flatten").addEventListener("click", () => switchTo("flatten"));
      $("kill-resume").addEventListener("click", () => switchTo("resume"));
      refreshAll();
      window.kisConfig?.start(ctx);
      setInterval(() => { soon("positions", positions); soon("board", board); }, 5000);
      setInterval(() => { soon("perf", performance, 5000); soon("kill", kill); }, 30000);
    },
    onEvent(e) {
      if (!ctx) return;
      window.kisConfig?.onEvent(e);
      if (e.category === "AfterHours" || e.category === "Session") soon("board", board);
      if (e.category === "Order") { soon("orders", orders); soon("positions", positions); }
      if (e.category === "Position") {
        soon("positions", positions);
        // A position that opened, closed or ended unfilled changes the kill switch's count of tracked positions.
        if (["EntryPlaced", "Opened", "Closed", "Abandoned"].includes(e.payload?.change)) {
          soon("kill", kill);
          setTimeout(() => soon("kill", kill), 2000); // the position tells the risk grain right after publishing
        }
        if (e.payload?.change === "Closed") soon("perf", performance, 5000);
      }
      if (e.category === "Risk") soon("kill", kill);
      if (e.type === "SessionClosed") soon("perf", performance, 5000);
    },
    onQuote(q) {
      if (q.price === null) return;
      const time = chartTime(q.at);
      charts.forEach((c) => { if (c.p.symbol === q.symbol) add(c, time, q.price); });
    },
    refresh: refreshAll,
    rejoin() { charts.forEach((c) => ctx.invoke("JoinSymbol", c.p.symbol).catch(() => {})); },
  };
})();
