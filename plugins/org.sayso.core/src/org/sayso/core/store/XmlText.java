package org.sayso.core.store;

import org.sayso.core.xmi.XmlCharacters;

/**
 * Which XML version a document text needs. Import replaces what XML 1.0 cannot hold, but a text from INCEpTION's
 * XML 1.1 export may keep C0 control characters: those are written as XMI 1.1. NUL, U+FFFE, U+FFFF and unpaired
 * surrogates fit no XML at all.
 */
final class XmlText {

	private XmlText() {
	}

	static boolean needsXml11(String text) {
		return !XmlCharacters.isXml10Legal(text);
	}

	/** The offset of the first character no XML version can hold, or -1. */
	static int firstUnwritable(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == 0 || c == 0xFFFE || c == 0xFFFF) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}
}
