package org.sayso.core.xmi;

/**
 * An XMI file that Sayso refused to read. The message names the file, the line and column where the reading stopped
 * (when the file got that far) and what the user can do; nothing of the file is left in the CAS.
 */
public class XmiReadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final int column;

	/** A refusal that has no position in the file, such as a file that is too large to open. */
	public XmiReadException(String source, String detail, Throwable cause) {
		this(source, -1, -1, detail, cause);
	}

	/**
	 * A refusal at a position in the file.
	 *
	 * @param source the file or the name given for a stream, as the user knows it
	 * @param line   1-based line, or -1 when unknown
	 * @param column 1-based column, or -1 when unknown
	 * @param detail what is wrong and what to do
	 */
	public XmiReadException(String source, int line, int column, String detail, Throwable cause) {
		super(source + (line > 0 ? ", line " + line + ", column " + column : "") + ": " + detail, cause);
		this.source = source;
		this.line = line;
		this.column = column;
	}

	/** The file or stream name that was refused. */
	public String source() {
		return source;
	}

	/** The 1-based line where reading stopped, or -1 when the refusal has no position. */
	public int line() {
		return line;
	}

	/** The 1-based column where reading stopped, or -1 when the refusal has no position. */
	public int column() {
		return column;
	}
}
