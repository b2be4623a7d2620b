package org.sayso.io.importer;

/** How many line ends of a text are CR LF and lone CR: the ones an import stores as LF. */
record LineEnds(int crlf, int cr) {

	static LineEnds count(String text) {
		int crlf = 0;
		int cr = 0;
		for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
			if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				crlf++;
			} else {
				cr++;
			}
		}
		return new LineEnds(crlf, cr);
	}

	int changed() {
		return crlf + cr;
	}

	/** "3 CR LF line ends", "1 CR LF and 2 CR line ends". */
	String describe() {
		if (cr == 0) {
			return crlf + " CR LF line end" + (crlf == 1 ? "" : "s") + (crlf == 1 ? " was" : " were");
		}
		if (crlf == 0) {
			return cr + " CR line end" + (cr == 1 ? "" : "s") + (cr == 1 ? " was" : " were");
		}
		return crlf + " CR LF and " + cr + " CR line ends were";
	}
}
