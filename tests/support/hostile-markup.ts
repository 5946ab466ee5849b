// Hostile markup for the tests of every way an article comes in (lib/authoring/hostile-input.test.ts, the
// integration and browser tests of teachers' articles).

// Each case with the words a browser shows of it: in a page, and in Markdown rendered to HTML (where
// "<scr" is text, escaped, and what follows <script> is script).
export const HOSTILE: { markup: string; shown: string; shownFromMarkdown?: string }[] = [
  { markup: "<script>alert('script')</script>", shown: "" },
  { markup: "<img src=x onerror=\"alert('onerror')\">", shown: "" },
  { markup: "<a href=\"javascript:alert('link')\">link words</a>", shown: "link words" },
  // SVG text is left out on purpose: a drawing's labels are not prose to cite.
  { markup: "<svg onload=\"alert('svg')\"><text>svg words</text></svg>", shown: "" },
  { markup: "<iframe src=\"javascript:alert('iframe')\"></iframe>", shown: "" },
  { markup: "<p>unclosed <b>bold <i>italic", shown: "unclosed bold italic" },
  { markup: "<style>body{background:url(javascript:alert('style'))}</style>", shown: "" },
  { markup: "<div onmouseover=\"alert('hover')\">hover words</div>", shown: "hover words" },
  { markup: "<!-- <script>alert('comment')</script> -->", shown: "" },
  { markup: "<scr<script>ipt>alert('nested')</script>", shown: "ipt>alert('nested')", shownFromMarkdown: "<scr" },
  {
    markup: "Words <span onclick=\"alert('inline')\">inline</span> and <script>alert('inline script')</script> end",
    shown: "Words inline and end",
  },
];
