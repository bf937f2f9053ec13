package org.tawasul.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a PDF says about who made it: the document information (author, creator tool, dates, title) and the
 * XMP metadata of the document and its pages. Phones' scanner apps and office suites write the owner's name there;
 * a reporter who sends a PDF should not hand over their name with it. Content, pages and attachments stay as sent.
 */
final class PdfMetadata {

	private static final Logger log = LoggerFactory.getLogger(PdfMetadata.class);

	private PdfMetadata() {
	}

	/**
	 * The PDF without its metadata, or empty when it cannot be rewritten (encrypted, or not parseable): the caller
	 * then keeps it as sent.
	 */
	static Optional<byte[]> strip(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
			if (document.isEncrypted()) {
				return Optional.empty();
			}
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			for (PDPage page : document.getPages()) {
				page.setMetadata(null);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			return Optional.of(out.toByteArray());
		}
		catch (IOException | RuntimeException ex) {
			log.info("Kept a PDF as sent: its metadata could not be removed ({})", ex.toString());
			return Optional.empty();
		}
	}
}
