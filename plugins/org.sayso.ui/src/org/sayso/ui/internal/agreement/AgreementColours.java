package org.sayso.ui.internal.agreement;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Cell colours for agreement figures on the viridis scale (dark purple for 0 or below, yellow for 1): ordered in
 * lightness and readable with every common colour vision deficiency, unlike red-to-green. Colors are plain SWT
 * colors that need no disposal.
 */
final class AgreementColours {

	private static final RGB[] VIRIDIS = { new RGB(0x44, 0x01, 0x54), new RGB(0x3b, 0x52, 0x8b),
			new RGB(0x21, 0x91, 0x8c), new RGB(0x5e, 0xc9, 0x62), new RGB(0xfd, 0xe7, 0x25) };
	private static final Color UNDEFINED = new Color(0xe0, 0xe0, 0xe0);
	private static final Color WHITE = new Color(0xff, 0xff, 0xff);
	private static final Color BLACK = new Color(0, 0, 0);

	private AgreementColours() {
	}

	static Color background(Double value) {
		if (value == null) {
			return UNDEFINED;
		}
		double position = Math.max(0, Math.min(1, value)) * (VIRIDIS.length - 1);
		int low = (int) Math.floor(position);
		int high = Math.min(VIRIDIS.length - 1, low + 1);
		double t = position - low;
		var a = VIRIDIS[low];
		var b = VIRIDIS[high];
		return new Color(mix(a.red, b.red, t), mix(a.green, b.green, t), mix(a.blue, b.blue, t));
	}

	/** White on the dark half of the scale, black on the light half. */
	static Color foreground(Double value) {
		return value != null && value < 0.55 ? WHITE : BLACK;
	}

	static String text(Double value) {
		return value == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", value);
	}

	private static int mix(int a, int b, double t) {
		return (int) Math.round(a + (b - a) * t);
	}
}
