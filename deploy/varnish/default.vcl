vcl 4.1;

# The edge cache in front of the site's instances (README, "Scaling out"). Varnish 7 with the xkey
# module (Debian: varnish, varnish-modules). It keeps public pages, feeds, calendar files, sitemaps
# and images for as long as their Cache-Control's s-maxage says, tagged by their `xkey` header; the
# app sends `PURGE` with an `xkey` header naming the cache tags it expired (CACHE_PURGE_URLS).
# Never cached: /admin, /api (but uploaded files), /next, previews, anything with a session.
#
# The two instances: APP1_HOST/APP1_PORT and APP2_HOST/APP2_PORT are replaced when the file is
# installed (docker-compose.scale.yml and tests/cluster do it with sed); more instances get more
# backends in the round robin. Each is probed on the API's health read, as the image's HEALTHCHECK.

import directors;
import std;
import xkey;

probe site_health {
  .url = "/api/globals/site-settings";
  .interval = 5s;
  .timeout = 3s;
  .window = 3;
  .threshold = 2;
}

backend app1 {
  .host = "APP1_HOST";
  .port = "APP1_PORT";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = site_health;
}

backend app2 {
  .host = "APP2_HOST";
  .port = "APP2_PORT";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = site_health;
}

sub vcl_init {
  new site = directors.round_robin();
  site.add_backend(app1);
  site.add_backend(app2);
}

# Who may purge: the app's instances (loopback and the private networks of a compose set-up).
acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  set req.backend_hint = site.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey) {
      return (synth(400, "xkey header required"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey);
    return (synth(200, "Purged " + req.http.n-gone));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|next)(/|\?|$)" || (req.url ~ "^/api(/|\?|$)" && req.url !~ "^/api/media/file/")) {
    return (pass);
  }
  # A signed-in editor (payload-token) or a draft preview (Next's draft-mode cookie): never shared.
  if (req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
    return (pass);
  }
  # Public pages are the same for everyone: the locale is in the path, so the locale cookie (and any
  # other cookie, such as analytics) neither splits the cache nor bypasses it.
  unset req.http.Cookie;
  # Next's client-hint header from the admin's theme: the site never varies by it.
  unset req.http.Sec-CH-Prefers-Color-Scheme;
  return (hash);
}

sub vcl_backend_response {
  # Only what the app marked as shareable; a Set-Cookie response is someone's.
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store)" || beresp.http.Cache-Control !~ "s-maxage") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # An error is not kept: the next visitor asks again.
  if (beresp.status >= 500) {
    set beresp.uncacheable = true;
    set beresp.ttl = 10s;
    return (deliver);
  }
  return (deliver);
}

sub vcl_deliver {
  # The tags are for this cache only.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # Browsers revalidate pages every visit (max-age=0 in the app's header): the edge answers fast.
}
