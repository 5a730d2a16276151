package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// TestE2EWebUI drives Debian's chromium through the web UI served by
// `entente demo`. It needs ENTENTE_E2E=1 and /usr/bin/chromium (or
// ENTENTE_CHROMIUM); .ci/run provides both. Screenshots go to testout/ at
// the module root. ENTENTE_E2E_BASE=http://host:port tests a demo server
// that is already running instead of starting one. The pages' tests share
// one browser and run in this order; each page's are in its *page_test.go
// file, the no-JavaScript and phone ones in accessibility_test.go.
func TestE2EWebUI(t *testing.T) {
	if os.Getenv("ENTENTE_E2E") != "1" {
		t.Skip("set ENTENTE_E2E=1 to run the browser tests")
	}
	b := newBrowser(t)
	b.searchPage(t)
	// Parallel ingest numbers articles in no fixed order, so find one the
	// cleaner removed lines from.
	withRemoved := articleWith(t, b.base, `id="show-removed"`)
	b.articlePage(t, withRemoved)
	b.actorPage(t)
	b.dyadPage(t)
	b.networkPage(t)
	b.accessibility(t, withRemoved)

	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.incidents {
		t.Errorf("browser reported %s", s)
	}
}

// A browser is headless chromium pointed at the demo, keeping what it
// reported that should not happen.
type browser struct {
	ctx   context.Context
	base  string // the demo's URL
	shots string // where screenshots go

	mu        sync.Mutex
	incidents []string
}

// newBrowser starts chromium, and the demo unless ENTENTE_E2E_BASE names a
// running one; both stop when the test ends.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := os.Getenv("ENTENTE_CHROMIUM")
	if exe == "" {
		exe = "/usr/bin/chromium"
	}
	if _, err := os.Stat(exe); err != nil {
		t.Fatalf("ENTENTE_E2E=1 but no browser: %v", err)
	}
	shots := filepath.Join("..", "..", "testout")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	// ENTENTE_E2E_BASE points the test at a server already running the
	// demo, which is quicker when working on the pages.
	base := os.Getenv("ENTENTE_E2E_BASE")
	if base == "" {
		base = startDemo(t)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	ctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)

	// Anything that runs from article content would show up as a dialog
	// (the demo's hostile pages call alert), a CSP report in the log, or an
	// uncaught exception.
	b := &browser{base: base, shots: shots}
	report := func(s string) {
		b.mu.Lock()
		b.incidents = append(b.incidents, s)
		b.mu.Unlock()
	}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			report("dialog: " + ev.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		case *runtime.EventExceptionThrown:
			report(fmt.Sprintf("exception: %s %+v", ev.ExceptionDetails.Text, ev.ExceptionDetails.Exception))
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				report(fmt.Sprintf("log: %s (%s:%d)", ev.Entry.Text, ev.Entry.URL, ev.Entry.LineNumber))
			}
		}
	})
	if err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	for _, cmd := range []cdp.Command[cdp.Empty, cdp.Empty]{log.Enable, runtime.Enable} {
		if _, err := chromedp.Call(ctx, cmd, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
	}
	// The browser is up; from here on a hung page fails the test instead of
	// waiting for go test's own timeout. (A timeout on the first context
	// would bound the browser's whole life.)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelT)
	b.ctx = ctx
	return b
}

// do runs steps in the page; a step waiting for an element that never
// comes fails in seconds.
func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// shot saves a screenshot of the whole page.
func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	b.save(t, name, chromedp.FullScreenshot(100))
}

// shotOf saves a screenshot of the element sel alone, for charts on
// pages too long to read whole.
func (b *browser) shotOf(t *testing.T, sel, name string) {
	t.Helper()
	b.save(t, name, chromedp.Screenshot(css(sel)))
}

func (b *browser) save(t *testing.T, name string, take chromedp.Action[[]byte]) {
	t.Helper()
	buf, err := chromedp.Run(b.ctx, take)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

func css(s string) chromedp.CSS { return chromedp.CSS(s) }

// settled waits until the page, after an htmx swap, makes cond true.
// It polls in the page: chromedp's node queries can miss nodes that a swap
// replaces while they wait.
func settled(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(15*time.Second))
}

// articleWith returns the path of the first article whose page contains
// marker, trying the first hundred IDs.
func articleWith(t *testing.T, base, marker string) string {
	t.Helper()
	client := &http.Client{Timeout: 10 * time.Second}
	for id := 1; id <= 100; id++ {
		path := fmt.Sprintf("/articles/%d", id)
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == http.StatusOK && strings.Contains(string(b), marker) {
			return path
		}
	}
	t.Fatalf("no article among the first hundred has %s", marker)
	return ""
}

// js evaluates a JavaScript expression in the page and decodes its value.
func js[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// startDemo runs `entente demo` on a free port until the test ends and
// returns its base URL.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "e2e.db")
	go func() {
		done <- run(ctx, []string{"demo", "--db", db, "--addr", "127.0.0.1:0"}, nil, pw, io.Discard)
		pw.Close()
	}()
	var base string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := regexp.MustCompile(`serving on (http://\S+)/`).FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if base == "" {
		cancel()
		t.Fatalf("demo never printed its URL: %v", <-done)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("demo did not shut down cleanly: %v", fmt.Errorf("demo: %w", err))
		}
	})
	return base
}
