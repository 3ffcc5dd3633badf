// Takes phone and desktop screenshots of the pages named in issue 13 from a running portal.
// Pages whose address depends on the data (an article, a video, a contest) are found by following
// the first matching link of a list page. Prints one line per page: status, size, file.
const { chromium } = require('playwright-core');

const [base, out] = process.argv.slice(2);
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

// [name, path or {from, link}] — `link` is a CSS selector on the page `from`
const publicPages = [
  ['home', '/'],
  ['article', { from: '/', link: "a[href*='/articles/']" }],
  ['video', { from: '/', link: "a[href*='/videos/']" }],
  ['column', { from: '/', link: "a[href*='/columns/']" }],
  ['search', '/search?q=%E5%BA%94%E6%80%A5'],
  ['search-empty', '/search?q=zzqqxxyy'],
  ['search-pinyin', '/search?q=yingji'],
  ['contests', '/contests'],
  ['contest', { from: '/contests', link: "main a[href^='/contests/']" }],
  ['contest-results', { from: '/contests', link: "main a[href^='/contests/']", suffix: '/results' }],
  ['contest-entry', { from: '/contests', link: "main a[href^='/contests/']", suffix: '/entries', then: "main a[href*='/entries/']" }],
  ['dashboard', '/registrations'],
  ['indicators', '/indicators'],
  ['screen', { from: '/', link: "a[href*='/columns/']", screen: true }],
  ['signup', '/signup'],
  ['login', '/login'],
];

const staffPages = [
  ['workbench', '/workbench'],
  ['editor-list', '/editor/articles'],
  ['editor-new', '/editor/articles/new'],
  ['editor-edit', { from: '/editor/articles', link: "main a[href$='/edit']" }],
  ['review', { from: '/editor/articles', link: "main a[href^='/editor/articles/']:not([href$='/edit']):not([href$='/new'])" }],
  ['curation-columns', '/editor/columns'],
  ['curation', { from: '/editor/columns', link: "main a[href^='/editor/columns/']" }],
  ['notice', '/editor/notice'],
  ['screening', '/editor/contests'],
  ['admin-users', '/admin/users'],
  ['admin-contests', '/admin/contests'],
  ['admin-contest-new', '/admin/contests/new'],
  ['admin-contest', { from: '/admin/contests', link: "main a[href^='/admin/contests/']:not([href$='/new'])" }],
  ['registrar', '/registrar/registrations'],
  ['audit', '/admin/audit'],
  ['creator-entries', '/creator/entries'],
  ['creator-video-new', '/creator/videos/new'],
  ['entry-form', { from: '/contests', link: "main a[href^='/contests/']", enter: true }],
];

async function resolve(page, target) {
  if (typeof target === 'string') return target;
  await page.goto(base + target.from);
  const href = await page.locator(target.link).first().getAttribute('href', { timeout: 5000 });
  let path = new URL(href, base).pathname;
  if (target.screen) path = path.replace('/columns/', '/screen/columns/');
  if (target.enter) path = '/creator' + path + '/enter';
  if (target.suffix) path += target.suffix;
  if (target.then) {
    await page.goto(base + path);
    const next = await page.locator(target.then).first().getAttribute('href', { timeout: 5000 });
    path = new URL(next, base).pathname;
  }
  return path;
}

async function shoot(context, pages) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
  for (const [name, target] of pages) {
    let path;
    try {
      path = await resolve(page, target);
    } catch (e) {
      console.log(`-    ${name}: no link found (${e.message.split('\n')[0]})`);
      continue;
    }
    for (const [size, viewport] of Object.entries(sizes)) {
      await page.setViewportSize(viewport);
      errors.length = 0;
      const answer = await page.goto(base + path, { waitUntil: 'networkidle' }).catch((e) => e);
      const status = answer && answer.status ? answer.status() : 'ERR';
      const file = `${out}/${name}-${size}.png`;
      await page.screenshot({ path: file, fullPage: size === 'desktop' });
      const problems = errors.length ? `  console errors and failed requests: ${errors.join(' | ').slice(0, 300)}` : '';
      console.log(`${status}  ${name} ${size} ${path} -> ${file}${problems}`);
    }
  }
  await page.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const anonymous = await browser.newContext({ locale: 'zh-CN' });
  await shoot(anonymous, publicPages);
  await anonymous.close();

  const user = process.env.KEPU_SHOTS_USER;
  if (user) {
    const staff = await browser.newContext({ locale: 'zh-CN' });
    const page = await staff.newPage();
    await page.goto(base + '/login');
    await page.fill('#username', user);
    await page.fill('#password', process.env.KEPU_SHOTS_PASSWORD || '');
    await page.click('main form button[type=submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20000 });
    await page.close();
    await shoot(staff, staffPages);
    await staff.close();
  } else {
    console.log('KEPU_SHOTS_USER not set: back-office pages skipped');
  }
  await browser.close();
})();
