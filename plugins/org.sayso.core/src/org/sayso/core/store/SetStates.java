package org.sayso.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.SaysoTypes;
import org.sayso.core.xmi.HardenedSax;
import org.sayso.model.SetState;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The state of a set file (new, in progress, finished) read from its XMI by a streaming scan for the set's info,
 * without building a CAS: cheap enough to show for every article of a project in the Project Explorer or in
 * {@code sayso info}.
 */
public final class SetStates {

	private static final String INFO = SaysoTypes.ANNOTATION_SET_INFO
			.substring(SaysoTypes.ANNOTATION_SET_INFO.lastIndexOf('.') + 1);

	private SetStates() {
	}

	/**
	 * The state the set at {@code xmi} was saved with; {@link SetState#NEW} when it says none.
	 *
	 * @throws IOException when the file cannot be read or is not XML
	 */
	public static SetState of(Path xmi) throws IOException {
		var found = new @Nullable SetState[1];
		var reader = HardenedSax.newReader();
		reader.setContentHandler(new DefaultHandler() {
			@Override
			public void startElement(@Nullable String uri, @Nullable String localName, @Nullable String qName,
					@Nullable Attributes attributes) throws SAXException {
				if (INFO.equals(localName) && attributes != null) {
					var literal = attributes.getValue(SaysoTypes.F_STATE);
					var state = literal == null ? null : SetState.get(literal);
					found[0] = state == null ? SetState.NEW : state;
					throw new Found();
				}
			}
		});
		try (InputStream in = Files.newInputStream(xmi)) {
			reader.parse(new InputSource(in));
		} catch (Found f) {
			var state = found[0];
			return state == null ? SetState.NEW : state;
		} catch (SAXException e) {
			throw new IOException(xmi + " is not a readable annotation set: " + e.getMessage(), e);
		}
		return SetState.NEW;
	}

	/** Stops the scan at the set's info: nothing after it is needed. */
	private static final class Found extends SAXException {
		private static final long serialVersionUID = 1L;

		Found() {
			super("found", null);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}
	}
}
