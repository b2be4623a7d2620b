package org.sayso.core.store;

/** Which XML version a document text needs: XML 1.0 cannot hold most C0 control characters, XML 1.1 can. */
final class XmlText {

	private XmlText() {
	}

	static boolean needsXml11(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}
}
