SELECT COUNT(*) AS row_count,
  SUM(CASE WHEN 1 = 1 THEN 1 ELSE 0 END) AS d1,
  SUM(CASE WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN 1 ELSE 0 END) AS f1,
  COUNT(q_k2) AS d2,
  SUM(CASE WHEN q_k2 = 1 THEN 1 ELSE 0 END) AS f2_1,
  SUM(CASE WHEN q_k2 = 2 THEN 1 ELSE 0 END) AS f2_2,
  SUM(CASE WHEN q_k2 = 3 THEN 1 ELSE 0 END) AS f2_3,
  SUM(CASE WHEN q_k2 = 4 THEN 1 ELSE 0 END) AS f2_4,
  SUM(CASE WHEN q_k2 = 5 THEN 1 ELSE 0 END) AS f2_5,
  SUM(CASE WHEN q_k2 = 6 THEN 1 ELSE 0 END) AS f2_6,
  MIN(CASE WHEN q_k2 = 1 THEN CAST(cccd AS VARCHAR) END) AS x2_1,
  MIN(CASE WHEN q_k2 = 2 THEN CAST(cccd AS VARCHAR) END) AS x2_2,
  MIN(CASE WHEN q_k2 = 3 THEN CAST(cccd AS VARCHAR) END) AS x2_3,
  MIN(CASE WHEN q_k2 = 4 THEN CAST(cccd AS VARCHAR) END) AS x2_4,
  MIN(CASE WHEN q_k2 = 5 THEN CAST(cccd AS VARCHAR) END) AS x2_5,
  MIN(CASE WHEN q_k2 = 6 THEN CAST(cccd AS VARCHAR) END) AS x2_6,
  SUM(CASE WHEN (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN 1 ELSE 0 END) AS d3,
  MAX(u3.g) AS g3,
  MAX(u3.r) AS r3,
  MAX(u3.e) AS e3,
  COUNT(q_k4) AS d4,
  SUM(CASE WHEN q_k4 = 1 THEN 1 ELSE 0 END) AS f4_1,
  SUM(CASE WHEN q_k4 = 2 THEN 1 ELSE 0 END) AS f4_2,
  MIN(CASE WHEN q_k4 = 1 THEN CAST(cccd AS VARCHAR) END) AS x4_1,
  MIN(CASE WHEN q_k4 = 2 THEN CAST(cccd AS VARCHAR) END) AS x4_2,
  COUNT(q_k5) AS d5,
  SUM(CASE WHEN q_k5 = 1 THEN 1 ELSE 0 END) AS f5_1,
  SUM(CASE WHEN q_k5 = 2 THEN 1 ELSE 0 END) AS f5_2,
  SUM(CASE WHEN q_k5 = 3 THEN 1 ELSE 0 END) AS f5_3,
  SUM(CASE WHEN q_k5 = 4 THEN 1 ELSE 0 END) AS f5_4,
  MIN(CASE WHEN q_k5 = 1 THEN CAST(full_name AS VARCHAR) END) AS x5_1,
  MIN(CASE WHEN q_k5 = 2 THEN CAST(full_name AS VARCHAR) END) AS x5_2,
  MIN(CASE WHEN q_k5 = 3 THEN CAST(full_name AS VARCHAR) END) AS x5_3,
  MIN(CASE WHEN q_k5 = 4 THEN CAST(full_name AS VARCHAR) END) AS x5_4,
  COUNT(q_k6) AS d6,
  SUM(CASE WHEN q_k6 = 1 THEN 1 ELSE 0 END) AS f6_1,
  MIN(CASE WHEN q_k6 = 1 THEN CAST(full_name AS VARCHAR) END) AS x6_1,
  COUNT(q_k7) AS d7,
  SUM(CASE WHEN q_k7 = 1 THEN 1 ELSE 0 END) AS f7_1,
  SUM(CASE WHEN q_k7 = 2 THEN 1 ELSE 0 END) AS f7_2,
  SUM(CASE WHEN q_k7 = 3 THEN 1 ELSE 0 END) AS f7_3,
  MIN(CASE WHEN q_k7 = 1 THEN CAST(tax_code AS VARCHAR) END) AS x7_1,
  MIN(CASE WHEN q_k7 = 2 THEN CAST(tax_code AS VARCHAR) END) AS x7_2,
  MIN(CASE WHEN q_k7 = 3 THEN CAST(tax_code AS VARCHAR) END) AS x7_3,
  COUNT(q_k8) AS d8,
  SUM(CASE WHEN q_k8 = 1 THEN 1 ELSE 0 END) AS f8_1,
  SUM(CASE WHEN q_k8 = 2 THEN 1 ELSE 0 END) AS f8_2,
  MIN(CASE WHEN q_k8 = 1 THEN CAST(phone AS VARCHAR) END) AS x8_1,
  MIN(CASE WHEN q_k8 = 2 THEN CAST(phone AS VARCHAR) END) AS x8_2,
  COUNT(q_k9) AS d9,
  SUM(CASE WHEN q_k9 = 1 THEN 1 ELSE 0 END) AS f9_1,
  SUM(CASE WHEN q_k9 = 2 THEN 1 ELSE 0 END) AS f9_2,
  MIN(CASE WHEN q_k9 = 1 THEN CAST(landline AS VARCHAR) END) AS x9_1,
  MIN(CASE WHEN q_k9 = 2 THEN CAST(landline AS VARCHAR) END) AS x9_2,
  COUNT(q_k10) AS d10,
  SUM(CASE WHEN q_k10 = 1 THEN 1 ELSE 0 END) AS f10_1,
  SUM(CASE WHEN q_k10 = 2 THEN 1 ELSE 0 END) AS f10_2,
  MIN(CASE WHEN q_k10 = 1 THEN CAST(email AS VARCHAR) END) AS x10_1,
  MIN(CASE WHEN q_k10 = 2 THEN CAST(email AS VARCHAR) END) AS x10_2,
  SUM(CASE WHEN 1 = 1 THEN 1 ELSE 0 END) AS d11,
  SUM(CASE WHEN NOT (email IS NOT NULL) THEN 1 ELSE 0 END) AS f11,
  SUM(CASE WHEN status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' THEN 1 ELSE 0 END) AS d12,
  SUM(CASE WHEN status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED') THEN 1 ELSE 0 END) AS f12,
  MIN(CASE WHEN status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED') THEN CAST(status AS VARCHAR) END) AS x12_1,
  MAX(CASE WHEN status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED') THEN CAST(status AS VARCHAR) END) AS x12_2,
  SUM(CASE WHEN birth_date IS NOT NULL THEN 1 ELSE 0 END) AS d13,
  SUM(CASE WHEN TRY_CAST(birth_date AS DATE) IS NOT NULL AND (TRY_CAST(birth_date AS DATE) > CAST('2026-11-01' AS DATE)) THEN 1 ELSE 0 END) AS f13,
  MIN(CASE WHEN TRY_CAST(birth_date AS DATE) IS NOT NULL AND (TRY_CAST(birth_date AS DATE) > CAST('2026-11-01' AS DATE)) THEN CAST(birth_date AS VARCHAR) END) AS x13_1,
  MAX(CASE WHEN TRY_CAST(birth_date AS DATE) IS NOT NULL AND (TRY_CAST(birth_date AS DATE) > CAST('2026-11-01' AS DATE)) THEN CAST(birth_date AS VARCHAR) END) AS x13_2,
  COUNT(q_k14) AS d14,
  SUM(CASE WHEN q_k14 = 1 THEN 1 ELSE 0 END) AS f14_1,
  SUM(CASE WHEN q_k14 = 2 THEN 1 ELSE 0 END) AS f14_2,
  SUM(CASE WHEN q_k14 = 3 THEN 1 ELSE 0 END) AS f14_3,
  SUM(CASE WHEN q_k14 = 4 THEN 1 ELSE 0 END) AS f14_4,
  MIN(CASE WHEN q_k14 = 1 THEN CAST(province_code AS VARCHAR) END) AS x14_1,
  MIN(CASE WHEN q_k14 = 2 THEN CAST(province_code AS VARCHAR) END) AS x14_2,
  MIN(CASE WHEN q_k14 = 3 THEN CAST(province_code AS VARCHAR) END) AS x14_3,
  MIN(CASE WHEN q_k14 = 4 THEN CAST(province_code AS VARCHAR) END) AS x14_4,
  COUNT(q_k15) AS d15,
  SUM(CASE WHEN q_k15 = 1 THEN 1 ELSE 0 END) AS f15_1,
  SUM(CASE WHEN q_k15 = 2 THEN 1 ELSE 0 END) AS f15_2,
  SUM(CASE WHEN q_k15 = 3 THEN 1 ELSE 0 END) AS f15_3,
  SUM(CASE WHEN q_k15 = 4 THEN 1 ELSE 0 END) AS f15_4,
  MIN(CASE WHEN q_k15 = 1 THEN CAST(commune_code AS VARCHAR) END) AS x15_1,
  MIN(CASE WHEN q_k15 = 2 THEN CAST(commune_code AS VARCHAR) END) AS x15_2,
  MIN(CASE WHEN q_k15 = 3 THEN CAST(commune_code AS VARCHAR) END) AS x15_3,
  MIN(CASE WHEN q_k15 = 4 THEN CAST(commune_code AS VARCHAR) END) AS x15_4,
  COUNT(q_k16) AS d16,
  SUM(CASE WHEN q_k16 = 1 THEN 1 ELSE 0 END) AS f16_1,
  SUM(CASE WHEN q_k16 = 2 THEN 1 ELSE 0 END) AS f16_2,
  SUM(CASE WHEN q_k16 = 3 THEN 1 ELSE 0 END) AS f16_3,
  MIN(CASE WHEN q_k16 = 1 THEN CAST(commune_code AS VARCHAR) END) AS x16_1,
  MIN(CASE WHEN q_k16 = 2 THEN CAST(commune_code AS VARCHAR) END) AS x16_2,
  MIN(CASE WHEN q_k16 = 3 THEN CAST(commune_code AS VARCHAR) END) AS x16_3,
  SUM(CASE WHEN TRY_CAST(updated_at AS DATE) IS NOT NULL THEN 1 ELSE 0 END) AS d17,
  SUM(CASE WHEN TRY_CAST(updated_at AS DATE) IS NOT NULL AND TRY_CAST(updated_at AS DATE) < CAST('2026-10-02' AS DATE) THEN 1 ELSE 0 END) AS f17,
  MIN(CASE WHEN TRY_CAST(updated_at AS DATE) IS NOT NULL AND TRY_CAST(updated_at AS DATE) < CAST('2026-10-02' AS DATE) THEN CAST(updated_at AS VARCHAR) END) AS x17_1,
  MAX(CASE WHEN TRY_CAST(updated_at AS DATE) IS NOT NULL AND TRY_CAST(updated_at AS DATE) < CAST('2026-10-02' AS DATE) THEN CAST(updated_at AS VARCHAR) END) AS x17_2,
  MAX(TRY_CAST(updated_at AS DATE)) AS n17,
  COUNT(q_k18) AS d18,
  SUM(CASE WHEN q_k18 = 1 THEN 1 ELSE 0 END) AS f18_1,
  SUM(CASE WHEN q_k18 = 2 THEN 1 ELSE 0 END) AS f18_2,
  MIN(CASE WHEN q_k18 = 1 THEN CAST(household_no AS VARCHAR) END) AS x18_1,
  MIN(CASE WHEN q_k18 = 2 THEN CAST(household_no AS VARCHAR) END) AS x18_2,
  COUNT(q_k19) AS d19,
  SUM(CASE WHEN q_k19 = 1 THEN 1 ELSE 0 END) AS f19_1,
  MIN(CASE WHEN q_k19 = 1 THEN CAST(household_no AS VARCHAR) END) AS x19_1
FROM (SELECT src.*,
    CASE
      WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(cccd AS VARCHAR), CHR(32)) OR starts_with(CAST(cccd AS VARCHAR), CHR(9)) OR starts_with(CAST(cccd AS VARCHAR), CHR(13)) OR starts_with(CAST(cccd AS VARCHAR), CHR(10)) OR ends_with(CAST(cccd AS VARCHAR), CHR(32)) OR ends_with(CAST(cccd AS VARCHAR), CHR(9)) OR ends_with(CAST(cccd AS VARCHAR), CHR(13)) OR ends_with(CAST(cccd AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(cccd AS VARCHAR), '^[0-9]{12}$')) THEN 2
      WHEN NOT list_contains([/* 63 codes */], SUBSTR(CAST(cccd AS VARCHAR), 1, 3)) THEN 3
      WHEN TRY_CAST(birth_date AS DATE) IS NOT NULL AND (CAST(EXTRACT(YEAR FROM TRY_CAST(birth_date AS DATE)) AS INTEGER) < 1900 OR 50 * ((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48) - MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2)) <> (CAST(EXTRACT(YEAR FROM TRY_CAST(birth_date AS DATE)) AS INTEGER) - 1900) - MOD(CAST(EXTRACT(YEAR FROM TRY_CAST(birth_date AS DATE)) AS INTEGER) - 1900, 100)) THEN 4
      WHEN TRY_CAST(birth_date AS DATE) IS NOT NULL AND (ASCII(SUBSTR(CAST(cccd AS VARCHAR), 5, 1)) - 48) * 10 + (ASCII(SUBSTR(CAST(cccd AS VARCHAR), 6, 1)) - 48) <> MOD(CAST(EXTRACT(YEAR FROM TRY_CAST(birth_date AS DATE)) AS INTEGER), 100) THEN 5
      WHEN (MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2) = 0 AND list_contains(['F', 'FEMALE', 'NU', 'NỮ'], UPPER(CAST(gender AS VARCHAR))) OR MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2) = 1 AND list_contains(['M', 'MALE', 'NAM'], UPPER(CAST(gender AS VARCHAR)))) THEN 6 ELSE 0 END AS q_k2,
    CASE
      WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(cccd AS VARCHAR), CHR(32)) OR starts_with(CAST(cccd AS VARCHAR), CHR(9)) OR starts_with(CAST(cccd AS VARCHAR), CHR(13)) OR starts_with(CAST(cccd AS VARCHAR), CHR(10)) OR ends_with(CAST(cccd AS VARCHAR), CHR(32)) OR ends_with(CAST(cccd AS VARCHAR), CHR(9)) OR ends_with(CAST(cccd AS VARCHAR), CHR(13)) OR ends_with(CAST(cccd AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(cccd AS VARCHAR), '^[0-9]{12}$')) THEN 2 ELSE 0 END AS q_k4,
    CASE
      WHEN NOT (full_name IS NOT NULL AND TRIM(CAST(full_name AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(full_name AS VARCHAR), CHR(32)) OR starts_with(CAST(full_name AS VARCHAR), CHR(9)) OR starts_with(CAST(full_name AS VARCHAR), CHR(13)) OR starts_with(CAST(full_name AS VARCHAR), CHR(10)) OR ends_with(CAST(full_name AS VARCHAR), CHR(32)) OR ends_with(CAST(full_name AS VARCHAR), CHR(9)) OR ends_with(CAST(full_name AS VARCHAR), CHR(13)) OR ends_with(CAST(full_name AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (nfc_normalize(CAST(full_name AS VARCHAR)) = CAST(full_name AS VARCHAR)) THEN 2
      WHEN regexp_matches(CAST(full_name AS VARCHAR), '[0-9]') THEN 3
      WHEN NOT (regexp_full_match(CAST(full_name AS VARCHAR), '^\p{L}+( \p{L}+)*$')) THEN 4 ELSE 0 END AS q_k5,
    CASE
      WHEN NOT (full_name IS NOT NULL AND TRIM(CAST(full_name AS VARCHAR)) <> '') THEN NULL
      WHEN NOT (nfc_normalize(CAST(full_name AS VARCHAR)) = CAST(full_name AS VARCHAR)) THEN 1 ELSE 0 END AS q_k6,
    CASE
      WHEN NOT (tax_code IS NOT NULL AND TRIM(CAST(tax_code AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(tax_code AS VARCHAR), CHR(32)) OR starts_with(CAST(tax_code AS VARCHAR), CHR(9)) OR starts_with(CAST(tax_code AS VARCHAR), CHR(13)) OR starts_with(CAST(tax_code AS VARCHAR), CHR(10)) OR ends_with(CAST(tax_code AS VARCHAR), CHR(32)) OR ends_with(CAST(tax_code AS VARCHAR), CHR(9)) OR ends_with(CAST(tax_code AS VARCHAR), CHR(13)) OR ends_with(CAST(tax_code AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(tax_code AS VARCHAR), '^[0-9]{10}(-?[0-9]{3})?$')) THEN 2
      WHEN MOD(31 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 1, 1)) - 48) + 29 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 2, 1)) - 48) + 23 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 3, 1)) - 48) + 19 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 4, 1)) - 48) + 17 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 5, 1)) - 48) + 13 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 6, 1)) - 48) + 7 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 7, 1)) - 48) + 5 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 8, 1)) - 48) + 3 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 9, 1)) - 48), 11) = 0 OR (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 10, 1)) - 48) <> 10 - MOD(31 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 1, 1)) - 48) + 29 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 2, 1)) - 48) + 23 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 3, 1)) - 48) + 19 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 4, 1)) - 48) + 17 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 5, 1)) - 48) + 13 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 6, 1)) - 48) + 7 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 7, 1)) - 48) + 5 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 8, 1)) - 48) + 3 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 9, 1)) - 48), 11) THEN 3
      WHEN LENGTH(CAST(tax_code AS VARCHAR)) > 10 AND RIGHT(CAST(tax_code AS VARCHAR), 3) = '000' THEN 2 ELSE 0 END AS q_k7,
    CASE
      WHEN NOT (phone IS NOT NULL AND TRIM(CAST(phone AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(phone AS VARCHAR), CHR(32)) OR starts_with(CAST(phone AS VARCHAR), CHR(9)) OR starts_with(CAST(phone AS VARCHAR), CHR(13)) OR starts_with(CAST(phone AS VARCHAR), CHR(10)) OR ends_with(CAST(phone AS VARCHAR), CHR(32)) OR ends_with(CAST(phone AS VARCHAR), CHR(9)) OR ends_with(CAST(phone AS VARCHAR), CHR(13)) OR ends_with(CAST(phone AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(phone AS VARCHAR), '^(0|\+84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}$')) THEN 2 ELSE 0 END AS q_k8,
    CASE
      WHEN NOT (landline IS NOT NULL AND TRIM(CAST(landline AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(landline AS VARCHAR), CHR(32)) OR starts_with(CAST(landline AS VARCHAR), CHR(9)) OR starts_with(CAST(landline AS VARCHAR), CHR(13)) OR starts_with(CAST(landline AS VARCHAR), CHR(10)) OR ends_with(CAST(landline AS VARCHAR), CHR(32)) OR ends_with(CAST(landline AS VARCHAR), CHR(9)) OR ends_with(CAST(landline AS VARCHAR), CHR(13)) OR ends_with(CAST(landline AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(landline AS VARCHAR), '^(0|\+84)2[0-9]{9}$')) THEN 2 ELSE 0 END AS q_k9,
    CASE
      WHEN NOT (email IS NOT NULL AND TRIM(CAST(email AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(email AS VARCHAR), CHR(32)) OR starts_with(CAST(email AS VARCHAR), CHR(9)) OR starts_with(CAST(email AS VARCHAR), CHR(13)) OR starts_with(CAST(email AS VARCHAR), CHR(10)) OR ends_with(CAST(email AS VARCHAR), CHR(32)) OR ends_with(CAST(email AS VARCHAR), CHR(9)) OR ends_with(CAST(email AS VARCHAR), CHR(13)) OR ends_with(CAST(email AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(email AS VARCHAR), '^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$')) THEN 2 ELSE 0 END AS q_k10,
    CASE
      WHEN NOT (province_code IS NOT NULL AND TRIM(CAST(province_code AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(province_code AS VARCHAR), CHR(32)) OR starts_with(CAST(province_code AS VARCHAR), CHR(9)) OR starts_with(CAST(province_code AS VARCHAR), CHR(13)) OR starts_with(CAST(province_code AS VARCHAR), CHR(10)) OR ends_with(CAST(province_code AS VARCHAR), CHR(32)) OR ends_with(CAST(province_code AS VARCHAR), CHR(9)) OR ends_with(CAST(province_code AS VARCHAR), CHR(13)) OR ends_with(CAST(province_code AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(province_code AS VARCHAR), '^[0-9]{2}$')) THEN 2
      WHEN list_contains([/* 29 codes */], CAST(province_code AS VARCHAR)) AND NOT (COALESCE(TRY_CAST(updated_at AS DATE), CAST('2026-11-01' AS DATE)) < CAST('2025-07-01' AS DATE)) THEN 3
      WHEN NOT (list_contains([/* 29 codes */], CAST(province_code AS VARCHAR))) AND NOT list_contains([/* 34 codes */], CAST(province_code AS VARCHAR)) THEN 4 ELSE 0 END AS q_k14,
    CASE
      WHEN NOT (commune_code IS NOT NULL AND TRIM(CAST(commune_code AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(commune_code AS VARCHAR), CHR(32)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(9)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(13)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(10)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(32)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(9)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(13)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(commune_code AS VARCHAR), '^[0-9]{5}$')) THEN 2
      WHEN ref_commune_code.province IS NULL AND ref_commune_code.legacy = 1 AND NOT (COALESCE(TRY_CAST(updated_at AS DATE), CAST('2026-11-01' AS DATE)) < CAST('2025-07-01' AS DATE)) THEN 3
      WHEN ref_commune_code.code IS NULL THEN 4 ELSE 0 END AS q_k15,
    CASE
      WHEN NOT (commune_code IS NOT NULL AND TRIM(CAST(commune_code AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(commune_code AS VARCHAR), CHR(32)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(9)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(13)) OR starts_with(CAST(commune_code AS VARCHAR), CHR(10)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(32)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(9)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(13)) OR ends_with(CAST(commune_code AS VARCHAR), CHR(10))) THEN 1
      WHEN ref_commune_code.province IS NULL THEN 2
      WHEN TRIM(CAST(province_code AS VARCHAR)) <> '' AND TRIM(CAST(province_code AS VARCHAR)) <> ref_commune_code.province THEN 3 ELSE 0 END AS q_k16,
    CASE
      WHEN NOT (household_no IS NOT NULL AND TRIM(CAST(household_no AS VARCHAR)) <> '') THEN NULL
      WHEN (starts_with(CAST(household_no AS VARCHAR), CHR(32)) OR starts_with(CAST(household_no AS VARCHAR), CHR(9)) OR starts_with(CAST(household_no AS VARCHAR), CHR(13)) OR starts_with(CAST(household_no AS VARCHAR), CHR(10)) OR ends_with(CAST(household_no AS VARCHAR), CHR(32)) OR ends_with(CAST(household_no AS VARCHAR), CHR(9)) OR ends_with(CAST(household_no AS VARCHAR), CHR(13)) OR ends_with(CAST(household_no AS VARCHAR), CHR(10))) THEN 1
      WHEN NOT (regexp_full_match(CAST(household_no AS VARCHAR), '^HK[0-9]{6}$')) THEN 2 ELSE 0 END AS q_k18,
    CASE
      WHEN NOT (household_no IS NOT NULL AND TRIM(CAST(household_no AS VARCHAR)) <> '') THEN NULL
      WHEN NOT (regexp_full_match(trim(CAST(household_no AS VARCHAR), ' ' || CHR(9) || CHR(13) || CHR(10)), '^HK[0-9]{6}$')) THEN 1 ELSE 0 END AS q_k19 FROM read_csv('/data/citizens.csv', header = true, all_varchar = true, allow_quoted_nulls = false) src
  LEFT JOIN (SELECT split_part(r, ',', 1) AS code, NULLIF(split_part(r, ',', 2), '') AS province, CAST(split_part(r, ',', 3) AS INTEGER) AS legacy FROM (SELECT unnest(string_split('/* 10062 reference rows */', ';')) AS r)) AS ref_commune_code ON ref_commune_code.code = CAST(commune_code AS VARCHAR)) src
CROSS JOIN (SELECT COUNT(*) AS g, COALESCE(SUM(c), 0) AS r,
  MIN(k) AS e FROM (SELECT cccd AS k,
  COUNT(*) AS c FROM read_csv('/data/citizens.csv', header = true, all_varchar = true, allow_quoted_nulls = false) WHERE (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') GROUP BY cccd HAVING COUNT(*) > 1) x3) u3
