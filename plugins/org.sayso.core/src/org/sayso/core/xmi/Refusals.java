package org.sayso.core.xmi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The wording of every refusal: what is wrong with the file and what the user can do about it. */
final class Refusals {

	private static final double MB = 1024 * 1024;

	private Refusals() {
	}

	static XmiReadException tooLarge(String source, long size, long limit) {
		return new XmiReadException(source, "the file is " + megabytes(size) + " (" + size
				+ " bytes), above the limit of " + megabytes(limit) + " (" + limit + " bytes) for XMI files. It was not"
				+ " read. An annotated article is far smaller; check that this is the right file.", null);
	}

	static XmiReadException tooLargeStream(String source, long limit, IOException cause) {
		return new XmiReadException(source, "the XMI is larger than the limit of " + megabytes(limit) + " (" + limit
				+ " bytes); reading stopped there and nothing was loaded. An annotated article is far smaller; check that"
				+ " this is the right file.", cause);
	}

	/** Recognized by {@link HardenedSax#DISALLOW_DOCTYPE} in the parser's message, which names it in every language. */
	static XmiReadException doctype(String source, SAXParseException cause) {
		return at(source, cause, "the file has a DOCTYPE declaration. XMI files never need a DOCTYPE; this file may be"
				+ " an attack (entity expansion, or an external entity reading local files) or not XMI. Nothing was"
				+ " read from it. Export the annotations again from the tool that wrote them.");
	}

	static XmiReadException notXml(String source, SAXParseException cause) {
		return at(source, cause, "this is not XML (" + cause.getMessage() + "). Choose a UIMA XMI file (.xmi), as"
				+ " written by Sayso, INCEpTION or DKPro Core.");
	}

	static XmiReadException truncated(String source, SAXParseException cause) {
		return at(source, cause, "the XMI ends before its root element is closed (" + cause.getMessage() + "). The"
				+ " file was probably cut short by an interrupted copy, download or save; copy or export it again.");
	}

	static XmiReadException malformed(String source, SAXParseException cause) {
		return at(source, cause, "the XML is broken here (" + cause.getMessage() + "). The file is damaged or was"
				+ " edited by hand; export it again or repair it at this position.");
	}

	static XmiReadException notXmi(String source, int line, int column, SAXException cause) {
		return new XmiReadException(source, line, column, cause.getMessage() + ": this is not a UIMA XMI file (a"
				+ " type system or another XML file?). Choose the .xmi file that holds the annotations.", cause);
	}

	static XmiReadException invalidXmi(String source, int line, int column, Exception cause) {
		return new XmiReadException(source, line, column, "this is XML but not valid UIMA XMI (" + cause.getMessage()
				+ "). Nothing was loaded; export the annotations again from the tool that wrote them.", cause);
	}

	static XmiReadException unreadable(String source, IOException cause) {
		var reason = cause instanceof AccessDeniedException ? "permission denied" : cause.getMessage();
		return new XmiReadException(source, "the file cannot be read (" + reason + "). Check that it exists and that"
				+ " you may read it.", cause);
	}

	static XmiReadException notAFile(String source) {
		return new XmiReadException(source, "this is not a regular file. Choose an .xmi file.", null);
	}

	private static XmiReadException at(String source, SAXParseException cause, String detail) {
		return new XmiReadException(source, cause.getLineNumber(), cause.getColumnNumber(), detail, cause);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / MB);
	}
}
