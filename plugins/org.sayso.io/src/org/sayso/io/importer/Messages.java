package org.sayso.io.importer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Pieces of the messages that several importer classes write. */
final class Messages {

	/** How many offsets a message lists before it says how many more there are. */
	private static final int LISTED = 5;

	/** The encodings Sayso reads, for messages that refuse a file. */
	static final String SUPPORTED = "Sayso imports plain text (UTF-8, UTF-16 with a byte order mark, windows-1252"
			+ " or ISO-8859-1) and HTML pages";

	private Messages() {
	}

	/** "120, 544, 901", or "1, 2, 3, 4, 5 and 12 more". */
	static String offsets(List<Integer> offsets) {
		var listed = offsets.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
		return offsets.size() > LISTED ? listed + " and " + (offsets.size() - LISTED) + " more" : listed;
	}

	/** "1 character" or "3 characters". */
	static String count(int n, String singular, String plural) {
		return n + " " + (n == 1 ? singular : plural);
	}

	/** A byte as a user sees it in a hex viewer: "0x93". */
	static String hex(byte b) {
		return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
	}

	/** A size in megabytes with one decimal: "51.0 MB". */
	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
