package vn.lgtq.recognition;

/** Who awarded the recognition: the Ministry of Public Security, the province, the district or the commune. */
public enum RecognitionLevel {
    MINISTRY, PROVINCE, DISTRICT, COMMUNE
}
