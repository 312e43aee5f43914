#include "render/stylesheet.hpp"

namespace baiviet::detail {

const char* default_stylesheet() noexcept {
  return R"css(:root{--bv-text:#1a1a1a;--bv-muted:#5f6368;--bv-accent:#b2001f;--bv-rule:#e3e3e3;--bv-bg:#fff}
body{margin:0;background:var(--bv-bg);color:var(--bv-text);font:18px/1.6 "Noto Serif","Times New Roman",serif}
.bv-article{max-width:680px;margin:0 auto;padding:24px 16px}
.bv-kicker{margin:0 0 4px;color:var(--bv-accent);font:600 15px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.02em}
.bv-title{margin:0 0 12px;font:700 30px/1.25 system-ui,sans-serif}
.bv-meta{margin:0 0 16px;color:var(--bv-muted);font:14px/1.4 system-ui,sans-serif}
.bv-category{color:var(--bv-accent);font-weight:600;margin-right:8px}
.sapo,.bv-sapo{font-weight:700;font-size:19px}
.bv-dateline{font-weight:700}
.bv-byline{color:var(--bv-muted);font:italic 15px/1.4 system-ui,sans-serif}
.bv-author{font-weight:600;font-style:normal;color:var(--bv-text)}
.bv-toc{border:1px solid var(--bv-rule);padding:8px 16px;margin:16px 0;font:15px/1.5 system-ui,sans-serif}
.bv-toc-title{font-weight:700;margin:4px 0}.bv-toc ol{margin:0;padding-left:20px}.bv-toc-l3{margin-left:16px}
.bv-body h2,.bv-body h3{font-family:system-ui,sans-serif;line-height:1.3}
.bv-figure{margin:20px 0;text-align:center}.bv-figure img{max-width:100%;height:auto}
.bv-figure figcaption{color:var(--bv-muted);font:italic 15px/1.45 system-ui,sans-serif;padding:6px 0;background:#f5f5f5}
.bv-figure--no-image figcaption{border-left:3px solid var(--bv-rule);text-align:left;padding:6px 10px}
.bv-credit{font-style:normal;font-weight:600}
.bv-question{margin-top:20px}
blockquote{margin:16px 0;padding:4px 16px;border-left:3px solid var(--bv-accent);color:#333}
table{border-collapse:collapse;width:100%;font:15px/1.4 system-ui,sans-serif}th,td{border:1px solid var(--bv-rule);padding:6px 8px}
pre{overflow:auto;background:#f6f8fa;padding:12px}
.bv-tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}.bv-tags li{background:#f1f1f1;padding:2px 10px;border-radius:12px;font:14px system-ui,sans-serif}
.bv-related{border-top:2px solid var(--bv-accent);margin-top:32px;font-family:system-ui,sans-serif}
.bv-related-heading{font-size:20px;color:var(--bv-accent)}
.bv-related-list{list-style:none;padding:0}.bv-related-item{padding:12px 0;border-bottom:1px solid var(--bv-rule)}
.bv-related-title{margin:0 0 4px;font-size:17px}.bv-related-category{margin:0;color:var(--bv-accent);font-size:13px;text-transform:uppercase}
.bv-related-summary{margin:4px 0 0;color:var(--bv-muted);font-size:15px}
.footnotes{font-size:15px;border-top:1px solid var(--bv-rule);margin-top:24px}
@media (max-width:480px){body{font-size:17px}.bv-title{font-size:24px}}
)css";
}

}  // namespace baiviet::detail
