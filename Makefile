# Small conveniences; the Go tool does the real work.
.PHONY: build test assets

build:
	go build -o entente ./cmd/entente

test:
	go test ./...

# assets refreshes the vendored front-end libraries from the npm registry,
# at the versions pinned in internal/web/assets/package-lock.json.
assets:
	cd internal/web/assets && npm ci --no-audit --no-fund
	mkdir -p internal/web/static/vendor
	cp internal/web/assets/node_modules/echarts/dist/echarts.min.js internal/web/static/vendor/
	cp internal/web/assets/node_modules/htmx.org/dist/htmx.min.js internal/web/static/vendor/
	cp internal/web/assets/node_modules/echarts/LICENSE internal/web/static/vendor/echarts.LICENSE
	cp internal/web/assets/node_modules/htmx.org/LICENSE internal/web/static/vendor/htmx.LICENSE
