package org.sayso.core.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiSerializationSharedData;
import org.sayso.core.xmi.DropCountingHandler.NotXmiException;
import org.sayso.core.xmi.DropCountingHandler.XmiContentException;
import org.sayso.core.xmi.LimitedInputStream.TooLargeException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads UIMA XMI that Sayso did not necessarily write (INCEpTION, DKPro Core, other tools, or someone hostile) into a
 * CAS, in one streaming pass.
 * <ul>
 * <li>Hostile XML is refused before it can do harm: a DOCTYPE (the door for entity expansion and for external entities
 * that read local files), files above a size limit (checked before opening a file; counted while reading a stream),
 * and absurd nesting.</li>
 * <li>Foreign types and features are dropped, as UIMA's lenient mode does, but never silently: the
 * {@link ImportReport} lists each dropped type, feature and emptied reference with its count.</li>
 * <li>A file that is not XMI, broken or cut short, or whose annotations lie outside its text, is refused with the file,
 * the line and column, and what to do.</li>
 * <li>XML 1.1 (which INCEpTION writes for texts with control characters) is read like XML 1.0.</li>
 * </ul>
 * The CAS is reset before reading; after a refusal it is empty again, so nothing half-loaded remains. Reading never
 * writes to the file. Instances are immutable and may be shared between threads (each call uses its own parser).
 * <p>
 * Not detected, and loaded as the file has it: an element of an FSArray whose type is known but not the array's
 * element type (a Speaker directly in {@code Claim.sources}); a reference to an xmi:id that nothing in the file has
 * is emptied and counted among the {@linkplain ImportReport#droppedLinks() dropped links}, as UIMA does not tell it
 * from a reference to a dropped element. Content in the XMI namespace ({@code xmi:Extension}) is tool metadata and
 * is skipped without a report.
 */
public final class SafeXmiReader {

	/** The default size limit: 100 MB, some hundred times the XMI of a long, densely annotated article. */
	public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

	/** Bytes of XMI allowed per character of the article text, above {@link #DEFAULT_MAX_BYTES}. */
	public static final long BYTES_PER_TEXT_CHAR = 16;

	private final long maxBytes;

	/**
	 * The size limit for the XMI of an article of {@code textLength} characters: {@link #DEFAULT_MAX_BYTES} (or the
	 * system property {@code sayso.xmi.maxBytes}) plus {@value #BYTES_PER_TEXT_CHAR} bytes per character, so that a
	 * long article's densely annotated set is still read back, while a hostile file is refused before it is parsed.
	 * The store writes no set larger than this, so whatever Sayso writes, it reads back.
	 */
	public static long limitFor(int textLength) {
		long base = DEFAULT_MAX_BYTES;
		var configured = System.getProperty("sayso.xmi.maxBytes");
		if (configured != null) {
			try {
				base = Math.max(1, Long.parseLong(configured.strip()));
			} catch (NumberFormatException e) {
				// an unusable setting leaves the default in force
			}
		}
		return base + BYTES_PER_TEXT_CHAR * Math.max(0, textLength);
	}

	/** A reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}. */
	public SafeXmiReader() {
		this(DEFAULT_MAX_BYTES);
	}

	/** A reader that refuses files and streams of more than {@code maxBytes} bytes. */
	public SafeXmiReader(long maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("The size limit must be positive, not " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	/** The largest file or stream, in bytes, that this reader reads. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Reads an XMI file into {@code cas}, which must have the type system the XMI is to be read with (Sayso's, from
	 * {@code SaysoTypeSystem.createCas()}).
	 *
	 * @throws XmiReadException when the file is refused; the CAS is then empty
	 */
	public XmiReadResult read(Path file, CAS cas) throws XmiReadException {
		Objects.requireNonNull(cas, "cas");
		var source = file.toString();
		long size;
		try {
			if (!Files.isRegularFile(file) && Files.exists(file)) {
				throw refused(cas, Refusals.notAFile(source));
			}
			size = Files.size(file);
		} catch (NoSuchFileException e) {
			throw refused(cas, new XmiReadException(source, "the file does not exist. Check the path.", e));
		} catch (IOException e) {
			throw refused(cas, Refusals.unreadable(source, e));
		}
		// the size of a 200 MB file is known without reading a byte of it
		if (size > maxBytes) {
			throw refused(cas, Refusals.tooLarge(source, size, maxBytes));
		}
		try (var in = Files.newInputStream(file)) {
			return read(in, source, cas);
		} catch (IOException e) {
			throw refused(cas, Refusals.unreadable(source, e));
		}
	}

	/**
	 * Reads XMI from a stream, such as a zip entry, which is read up to its end or the size limit and left open.
	 *
	 * @param displayName how the user knows the stream, for messages and the report (for example
	 *                    {@code export.zip!/annotations/ana/story.xmi})
	 * @throws XmiReadException when the stream is refused; the CAS is then empty
	 */
	public XmiReadResult read(InputStream in, String displayName, CAS cas) throws XmiReadException {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(cas, "cas");
		var limited = new LimitedInputStream(in, maxBytes);
		var notes = new XmiSerializationSharedData();
		// lenient: foreign types and features are dropped (and counted), not fatal; the handler resets the CAS
		var uima = new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, true, notes);
		var handler = new DropCountingHandler(uima, cas.getTypeSystem());
		var done = false;
		try {
			var reader = HardenedSax.newReader();
			reader.setContentHandler(handler);
			// no system id: nothing in the file may be resolved relative to where it lies
			reader.parse(new InputSource(limited));
			OffsetCheck.check(cas, notes, displayName);
			// UIMA empties a reference when its target was dropped; finding them sorts every feature structure by
			// id, which a file without foreign types does not need: there, the handler counts the references to
			// ids that no element has (a damaged or hand-edited file)
			var links = handler.droppedTypes().isEmpty() ? handler.referencesToNothing()
					: DroppedLinks.count(notes.getAndSortByIdAllFSsInIdMap(), notes);
			var report = new ImportReport(displayName, new TreeMap<>(handler.droppedTypes()),
					new TreeMap<>(handler.droppedFeatures()), new TreeMap<>(links));
			done = true;
			return new XmiReadResult(report, handler.xmlVersion());
		} catch (SAXException | IOException e) {
			throw refusal(e, displayName, handler, limited);
		} finally {
			if (!done) {
				cas.reset();
			}
		}
	}

	private XmiReadException refusal(Exception e, String source, DropCountingHandler handler, LimitedInputStream in) {
		if (causedBy(e, TooLargeException.class) instanceof TooLargeException tooLarge) {
			return Refusals.tooLargeStream(source, maxBytes, tooLarge);
		}
		if (e instanceof NotXmiException notXmi) {
			return Refusals.notXmi(source, handler.line(), handler.column(), notXmi);
		}
		if (e instanceof XmiContentException content) {
			return Refusals.invalidXmi(source, content.line, content.column, content);
		}
		if (e instanceof SAXParseException parse) {
			if (String.valueOf(parse.getMessage()).contains(HardenedSax.DISALLOW_DOCTYPE)) {
				return Refusals.doctype(source, parse);
			}
			if (!handler.rootSeen()) {
				return Refusals.notXml(source, parse);
			}
			// an error on the last line, with the root still open and the input used up: the file was cut short
			if (handler.insideRoot() && in.reachedEnd() && parse.getLineNumber() >= in.lastLine()) {
				return Refusals.truncated(source, parse);
			}
			return Refusals.malformed(source, parse);
		}
		if (e instanceof SAXException) {
			return Refusals.invalidXmi(source, handler.line(), handler.column(), e);
		}
		return Refusals.unreadable(source, (IOException) e);
	}

	private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
		for (var cause = e; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		return null;
	}

	private static XmiReadException refused(CAS cas, XmiReadException refusal) {
		cas.reset();
		return refusal;
	}
}
