package org.sanctions.registry.sources;

/** OpenAPI examples of the list source API. */
final class SourceExamples {

    static final String SOURCE = """
            {"id":"ofac-sdn","format":"OFAC_SDN_CSV",
             "url":"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
             "every":"PT1H","policy":"REVIEW","mode":"FULL","maxDelistShare":0.05,"sla":"PT24H","state":"AWAITING_APPROVAL",
             "lastCheckedAt":"2026-12-07T10:00:00Z","lastChangedAt":"2026-12-07T10:00:00Z",
             "lastAppliedAt":"2026-12-06T10:00:00Z",
             "fileSha256":"5d41402abc4b2a76b9719d911017c592ae6c6a1b0cbb5d7e5e0f0b1c2d3e4f50",
             "lastError":"preview: waiting for approval","importId":"1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b",
             "version":3}""";

    static final String UPDATE = """
            {"format":"OFAC_SDN_CSV","url":"http://127.0.0.1:8099/SDN.CSV","every":"PT1M","policy":"AUTO",
             "mode":"FULL","maxDelistShare":0.05}""";

    private SourceExamples() {
    }
}
