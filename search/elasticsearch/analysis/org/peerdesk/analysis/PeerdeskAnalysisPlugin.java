/*
 * The token filters Peerdesk's Elasticsearch mapping needs that the minimal integration-test distribution of
 * Elasticsearch lacks (its analysis-common module is not published on Maven Central). Registered under the
 * same names and settings as analysis-common (`asciifolding`, `stemmer` with `language`), wrapping the same
 * Lucene filters, so the production mapping runs unchanged on this distribution and on a full one.
 * Built and installed by scripts/elasticsearch.sh only when analysis-common is missing.
 */
package org.peerdesk.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

public class PeerdeskAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", (indexSettings, environment, name, settings) -> new AsciiFolding(name, settings),
            "stemmer", (indexSettings, environment, name, settings) -> new Stemmer(name, settings)
        );
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
    }

    /** `asciifolding`, with analysis-common's `preserve_original` setting. */
    static final class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFolding(String name, Settings settings) {
            super(name, settings);
            this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream stream) {
            return new ASCIIFoldingFilter(stream, preserveOriginal);
        }
    }

    /** `stemmer` for the languages Peerdesk serves; the same Lucene stemmers analysis-common picks for them. */
    static final class Stemmer extends AbstractTokenFilterFactory {
        private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.of(
            "light_spanish", SpanishLightStemFilter::new,
            "minimal_spanish", SpanishMinimalStemFilter::new,
            "english", PorterStemFilter::new,
            "porter", PorterStemFilter::new,
            "light_english", KStemFilter::new,
            "minimal_english", EnglishMinimalStemFilter::new,
            "possessive_english", EnglishPossessiveFilter::new
        );

        private final UnaryOperator<TokenStream> stemmer;

        Stemmer(String name, Settings settings) {
            super(name, settings);
            String language = settings.get("language", settings.get("name", "porter")).toLowerCase(Locale.ROOT);
            this.stemmer = STEMMERS.get(language);
            if (stemmer == null) {
                throw new IllegalArgumentException("Unsupported stemmer language [" + language + "]; supported: " + STEMMERS.keySet());
            }
        }

        @Override
        public TokenStream create(TokenStream stream) {
            return stemmer.apply(stream);
        }
    }
}
