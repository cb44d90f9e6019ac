'use strict'
/**
 * Loaded by requestGate.cjs, before Next. Next 16.4's IncrementalCache measures every entry it
 * stores as `JSON.stringify(entry).length`, to refuse data-cache entries over 2 MB; a check that
 * never applies with a custom cache handler such as ours (src/config/cacheHandler.mjs). A rendered
 * page's entry holds its HTML and RSC payload as Buffers, which JSON spells as arrays of numbers:
 * the spaces list (176 kB of HTML) spent 3-5 ms of CPU and megabytes of garbage on each store, a
 * blog page 2-4 ms. The app router's runtimes are rewritten as Node loads them so that the size is
 * computed only where the check can apply. Same behaviour otherwise; another Next, whose runtime
 * does not hold this exact text, loads untouched (src/server/cacheWriteSize.spec.ts fails then).
 *
 * Plain CommonJS without dependencies: it runs before any bundle and beside the standalone server.
 */
const fs = require('node:fs')
const Module = require('node:module')

const appRouterRuntime = /[\\/]next[\\/]dist[\\/]compiled[\\/]next-server[\\/]app-(page|route)(-turbo)?\.runtime\.prod\.js$/
const measuredAlways = 'let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler'
const measuredWhenChecked = 'let i=r.fetchCache&&!this.hasCustomCacheHandler?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler'

/** A runtime's source with the entry measured only when the 2 MB check applies; undefined if it has no such code. */
function measuredWhenNeeded(source) {
  return source.includes(measuredAlways) ? source.replace(measuredAlways, measuredWhenChecked) : undefined
}

const loadJs = Module._extensions['.js']
Module._extensions['.js'] = function (module, filename) {
  if (appRouterRuntime.test(filename)) {
    const source = measuredWhenNeeded(fs.readFileSync(filename, 'utf8'))
    if (source) return module._compile(source, filename)
  }
  return loadJs.call(this, module, filename)
}

module.exports = { appRouterRuntime, measuredWhenNeeded }
