# The libFuzzer targets, and how ctest runs one of them briefly. Included by fuzz/ (the
# clang tree that builds them) and by tests/ (the main tree, whose one ctest run also
# runs the fuzzers built by scripts/build-fuzz.sh, so its totals count everything).
set(GES_FUZZERS request_json phone_number iso_time service_config config_loader request_framer)
# How long each ctest run may fuzz (seconds); scripts/fuzz runs longer.
set(GES_FUZZ_TEST_SECONDS 15 CACHE STRING "seconds per fuzz target in the ctest run")

function(ges_add_fuzz_test name binary)
    set(fuzz_dir ${PROJECT_SOURCE_DIR}/fuzz)
    # A short run from the corpus in the repo, which stays read-only (run-fuzzer.sh).
    add_test(NAME fuzz_${name}
             COMMAND bash ${fuzz_dir}/run-fuzzer.sh ${binary} ${fuzz_dir}/corpus/${name}
                     ${fuzz_dir}/${name}.dict ${GES_FUZZ_TEST_SECONDS})
    set_tests_properties(fuzz_${name} PROPERTIES LABELS fuzz TIMEOUT 120 SKIP_RETURN_CODE 77)
endfunction()
