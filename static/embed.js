/*! Sealed embed sizer. Sizes every Sealed iframe on this page to its content: each embed
  posts {type:'sealed:resize',height}; this script sets the height of the iframe it came from.
  Usage: <script src="https://SEALED-SITE/embed.js" async></script>. No dependencies. MIT. */
(function () {
	'use strict';
	var w = window;
	if (w.sealedEmbedSizer) return;
	w.sealedEmbedSizer = 1;

	function frames() {
		return document.getElementsByTagName('iframe');
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return '';
		}
	}

	w.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'sealed:resize') return;
		var height = data.height;
		if (typeof height !== 'number' || !(height >= 0 && height <= 1e5)) return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			// Only the iframe that sent it, and only while it shows the page its src names.
			if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
			var css = getComputedStyle(frame);
			var extra = 0;
			if (css.boxSizing === 'border-box') {
				extra =
					parseFloat(css.borderTopWidth) +
					parseFloat(css.borderBottomWidth) +
					parseFloat(css.paddingTop) +
					parseFloat(css.paddingBottom);
			}
			frame.style.height = Math.ceil(height + (extra || 0)) + 'px';
			return;
		}
	});

	// Embeds that loaded before this script: ask for their height (a request carries nothing).
	var list = frames();
	for (var i = 0; i < list.length; i++) {
		if (/\/embed\//.test(list[i].src) && list[i].contentWindow) {
			list[i].contentWindow.postMessage({ type: 'sealed:request-height' }, '*');
		}
	}
})();
