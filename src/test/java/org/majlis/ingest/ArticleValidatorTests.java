package org.majlis.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleValidatorTests {

	private static IngestArticleInput text(String text) {
		return new IngestArticleInput(text, null, null, null, null, null);
	}

	@Test
	void shouldAcceptArabicNewsWithLineBreaksAndMarks() {
		assertThatCode(() -> ArticleValidator.validate(text("اجتماع أمني\r\nفي الرباط\t(‏الإنتربول‏) 😀"))).doesNotThrowAnyException();
	}

	@Test
	void shouldRefuseWhatIsNotAnArticle() {
		assertThatThrownBy(() -> ArticleValidator.validate(text("   "))).hasMessageContaining("empty");
		assertThatThrownBy(() -> ArticleValidator.validate(text("only latin text"))).hasMessageContaining("no Arabic");
		assertThatThrownBy(() -> ArticleValidator.validate(text("نص \uD800 مكسور"))).hasMessageContaining("U+D800");
		assertThatThrownBy(() -> ArticleValidator.validate(text("نص \uFFFD من بايتات"))).hasMessageContaining("U+FFFD");
		assertThatThrownBy(() -> ArticleValidator.validate(text("نص \u202E معكوس"))).hasMessageContaining("U+202E");
		assertThatThrownBy(() -> ArticleValidator.validate(new IngestArticleInput("نص", null, null, null, "english", null)))
			.hasMessageContaining("ISO 639-1");
	}
}
