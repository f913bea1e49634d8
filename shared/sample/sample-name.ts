// The sample's name alone, so the renderer can name it without bundling the estate.
export const SAMPLE_ESTATE_NAME = 'Meridian Health Group (sample)';
