/**
 * The report's only stylesheet, inlined: no fonts, images or anything else fetched. System fonts,
 * light and dark schemes, and one column on narrow screens, where wide tables scroll sideways.
 * Status colours always come with a text label, never alone.
 */
export const REPORT_CSS = `
:root{--bg:#fff;--fg:#1d232b;--muted:#5d6875;--line:#d8dee6;--panel:#f5f7fa;--link:#0b5cad;
--ok:#1f7a3f;--ok-bg:#e3f4e8;--bad:#b3261e;--bad-bg:#fde7e5;--warn:#8a5a00;--warn-bg:#fff1d0;--one:#4f5b69;--one-bg:#eceff3;
--mark:#fff2a8;--mark2:#ffd86b;--ev:#0b5cad;--ev-range:#7aa7d8}
@media (prefers-color-scheme:dark){:root{--bg:#15191e;--fg:#e4e8ee;--muted:#9aa5b1;--line:#2f3740;--panel:#1d232a;--link:#7db7ff;
--ok:#7fd39a;--ok-bg:#183323;--bad:#ff9b92;--bad-bg:#3d1d1b;--warn:#f3c66b;--warn-bg:#3a2e12;--one:#b7c0ca;--one-bg:#2a3038;
--mark:#5b4d00;--mark2:#7a5c00;--ev:#7db7ff;--ev-range:#3f6ea3}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:76rem;margin:0 auto;padding:1rem 1.25rem 4rem}
a{color:var(--link)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:.25rem 0 .5rem}
.muted,.basis,.facts{color:var(--muted);font-size:.875rem}
.empty{color:var(--muted);font-style:italic}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0}
.counts div{min-width:6rem}.counts dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.counts dd{margin:0;font-size:1.2rem;font-weight:600}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.75rem 0;font-size:.95rem}
.summary li{margin:.35rem 0}.summary li.generated{font-style:italic}
.cite-link{font-size:.8rem;text-decoration:none;margin-left:.1rem;vertical-align:super;line-height:0}
.cite-link:hover,.cite-link:focus{text-decoration:underline}
.tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:var(--one-bg);color:var(--one);white-space:nowrap}
.label-term{white-space:nowrap}
table.framing th{white-space:normal;min-width:10rem}
.tag.flag{background:var(--warn-bg);color:var(--warn)}
.timeline-chart{overflow-x:auto;border:1px solid var(--line);border-radius:.5rem;background:var(--panel);margin-bottom:1rem}
.timeline-chart svg{display:block;min-width:640px;height:auto}
.timeline-chart .axis{stroke:var(--fg);stroke-width:1}
.timeline-chart .grid{stroke:var(--line);stroke-width:1}
.timeline-chart .axis-break line{stroke:var(--fg);stroke-width:1.5}.timeline-chart .axis-break line.gap{stroke:var(--line);stroke-dasharray:3 4}
.timeline-chart .tick{fill:var(--muted);font-size:11px}
.timeline-chart .ev-label{fill:var(--fg);font-size:12px}
.timeline-chart .ev-day{fill:var(--ev)}
.timeline-chart .ev-range{fill:var(--ev-range);stroke:var(--ev);stroke-width:1}
.timeline-chart a:hover .ev-label,.timeline-chart a:focus .ev-label{text-decoration:underline;fill:var(--link)}
.timeline-list{padding-left:1.25rem}.timeline-list li{margin:.4rem 0}
.timeline-list time{font-weight:600}
.table-wrap{overflow-x:auto;position:relative;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--panel);font-weight:600;white-space:nowrap}
tbody th{font-weight:500;min-width:12rem}
td.num{text-align:center}
td.cites{white-space:nowrap}
td.none{background:var(--panel)}
.matrix .grp-start{border-left:2px solid var(--muted)}
.matrix tr.groups th,.matrix tr.groups td{background:var(--bg);font-size:.75rem;font-weight:500;color:var(--muted);border-top:0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.badge{font-size:.8rem;font-weight:600;padding:.05rem .45rem;border-radius:.6rem;white-space:nowrap}
.badge.st-agreed{background:var(--ok-bg);color:var(--ok)}
.badge.st-conflicting{background:var(--bad-bg);color:var(--bad)}
.badge.st-conflicting::before{content:"⚠ "}
.badge.st-evolving{background:var(--warn-bg);color:var(--warn)}
.badge.st-single-source{background:var(--one-bg);color:var(--one)}
tr.st-conflicting>th{box-shadow:inset 4px 0 0 var(--bad)}
tr.st-evolving>th{box-shadow:inset 4px 0 0 var(--warn)}
.val{display:block;text-decoration:none;color:inherit;margin:.1rem 0}
a.val:hover,a.val:focus{text-decoration:underline}
.val-differs{color:var(--bad);font-weight:600}
.differs{font-size:.75rem}
.attr{display:block;font-size:.75rem;color:var(--muted);font-weight:400}
.reading details{font-size:.85rem}.reading p{margin:.25rem 0}
.alias{display:inline-block;background:var(--panel);border:1px solid var(--line);border-radius:.3rem;padding:0 .3rem;margin:.05rem 0;font-size:.85rem}
.source{border:1px solid var(--line);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0;background:var(--bg)}
.source .num{color:var(--muted)}
.facts-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.25rem 1rem;margin:.25rem 0 .5rem}
.facts-list dt{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.facts-list dd{margin:0;overflow-wrap:anywhere}
.flags{padding-left:1rem;margin:.25rem 0}
.omits{font-size:.9rem;margin:.5rem 0}.omits ul{margin:.25rem 0}
details>summary{cursor:pointer;color:var(--link)}
.removed li{color:var(--muted);font-size:.88rem}
.doc-text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);border-radius:.35rem;padding:.75rem;font-size:.95rem;max-width:48rem}
mark.cite{background:var(--mark);color:inherit;border-radius:.15rem}
mark.cite-2{background:var(--mark2)}
mark:target{outline:3px solid var(--link);outline-offset:1px}
.source:target{outline:3px solid var(--link)}
code{font-size:.85em;overflow-wrap:anywhere}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media (max-width:640px){main{padding:.75rem .75rem 3rem}h1{font-size:1.3rem}body{font-size:15px}tbody th{min-width:9rem}}
@media print{.timeline-chart{overflow:visible}details{display:block}}
`;
